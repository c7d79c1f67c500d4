import Foundation

/// A free page of the booklet, `livret/<slug>.md`.
package struct BookletPage: Sendable, Equatable {
    package var slug: String
    package var path: String
    package var titre: String
    package var ordre: Int?
    package var body: PageBody
    /// `mise_a_jour` as written, `AAAA-MM-JJ`.
    package var miseAJour: String? = nil
    /// The date of the last commit that changed the file, when the content folder is in git.
    package var lastCommitDate: String? = nil

    /// The date of the last change (FORMAT §9): `mise_a_jour` when written, else the last commit's.
    package var lastModified: String? { miseAJour ?? lastCommitDate }
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
    /// Whether the versions' history and the feed quote each version's commit subject (`messages_historique`,
    /// true by default): a collection whose commits are written for its developers, not its readers, says false.
    package var messagesHistorique = true
    /// The legal notice (FORMAT §9).
    package var mentionsLegales = LegalNotice()
    /// The accessibility statement (FORMAT §9).
    package var accessibilite = AccessibilityStatement()
    /// What `site.yml` leaves out that the published site should say (a field of the legal notice):
    /// warned by every build and by `check`, never an error.
    package var warnings: [Diagnostic] = []

    /// The publisher named in citations.
    package var publisher: String { editeur ?? titre }
}

/// Everything the content folder holds, validated.
package struct Site: Sendable {
    package var settings: SiteSettings
    package var referentiel: Referentiel
    /// In home-page order: by `numero` (those without last), then by name in French order.
    package var monographs: [Monograph]
    package var booklet: [BookletPage]
    package var synthesis: SynthesisPage?
    /// What git knows of the content folder's files (FORMAT §9); empty outside git.
    package var history: ContentHistory = .none
    /// The versions of each monograph, what changed in each (FORMAT §9); empty outside git.
    package var versions: VersionHistory = .none

    /// Gives each monograph and booklet page the date of the last commit that changed its file.
    mutating func dating(with history: ContentHistory) {
        self.history = history
        for index in monographs.indices { dateMonograph(at: index) }
        for index in booklet.indices {
            booklet[index].lastCommitDate = history.lastDate(of: "livret/\(booklet[index].slug).md")
        }
    }

    /// `monograph` in place of the one at `index`, dated as `dating` dates it.
    package mutating func replace(monographAt index: Int, with monograph: Monograph) {
        monographs[index] = monograph
        dateMonograph(at: index)
    }

    /// Gives the monograph at `index` the date of the last commit that changed its file; one whose date
    /// is already that one is left the very same value.
    private mutating func dateMonograph(at index: Int) {
        let date = history.lastDate(of: "reseaux/\(monographs[index].slug).md")
        if monographs[index].lastCommitDate != date { monographs[index].lastCommitDate = date }
    }
}
