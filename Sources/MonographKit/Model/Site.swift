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
    package var url: String?
    package var htmlBrut: Bool
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
