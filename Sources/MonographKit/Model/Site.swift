import Foundation

/// A free page of the booklet, `livret/<slug>.md`.
package struct BookletPage: Sendable, Equatable {
    package var slug: String
    package var path: String
    package var titre: String
    package var ordre: Int?
    package var body: PageBody
}

/// The synthesis page, `synthese.md`.
package struct SynthesisPage: Sendable, Equatable {
    package var path: String
    package var titre: String
    package var body: PageBody
}

/// Site settings from `site.yml`.
package struct SiteSettings: Sendable {
    package var titre: String
    package var sousTitre: String?
    package var langue: String
    /// The site's absolute address, ending with « / » (FORMAT §2): where a URL must be absolute.
    package var url: String?
    /// The publisher named in citations (the site's title when absent).
    package var editeur: String?
    /// The collection's publication date, `AAAA-MM-JJ`.
    package var datePublication: String?
    /// The licence of the texts and data, an SPDX-like id.
    package var licence: String?
    /// Where to report a problem: an e-mail address or a URL.
    package var contact: String?
    package var htmlBrut: Bool
    /// The legal notice (FORMAT §9).
    package var mentionsLegales = LegalNotice()
    /// The accessibility statement (FORMAT §9).
    package var accessibilite = AccessibilityStatement()
    /// What `site.yml` leaves out that the published site should say (a field of the legal notice):
    /// warned by every build and by `check`, never an error.
    package var warnings: [Diagnostic] = []

    /// The publisher named in citations.
    var publisher: String { editeur ?? titre }
}

/// Everything the content folder holds, validated.
package struct Site: Sendable {
    package var settings: SiteSettings
    package var referentiel: Referentiel
    /// In home-page order: by `numero` (those without last), then by name in French order.
    package var monographs: [Monograph]
    package var booklet: [BookletPage]
    package var synthesis: SynthesisPage?
}
