import Foundation

/// The sections of a monograph, in page order. The raw value is the `<section id>` of FORMAT §6.
///
/// What a section is, is in this file: its id here, and its entry in `definition`. The page, the home
/// cards, the completeness view, `check`, the skeleton and the schema all count from `allCases`; the page
/// draws a section's data in `SectionBlocks.html(for:)`, whose switch the compiler requires to name it.
package enum SectionID: String, CaseIterable, Sendable {
    case carteIdentite = "carte-identite"
    case dynamique
    case cycles
    case pratiques
    case modeleSocioEconomique = "modele-socio-economique"
    case perspectives

    /// What a section is: its headings and the front-matter data it shows. How that data is drawn is
    /// the renderer's (`SectionBlocks.html(for:)`, a switch over the sections that the compiler keeps whole).
    struct Definition {
        /// The heading a writer uses in the body, and the section's title on the page.
        let heading: String
        /// The section's column title in the table of `check`.
        let column: String
        /// Whether a monograph has data for the section (besides prose).
        let hasData: (Monograph) -> Bool
    }

    var definition: Definition {
        switch self {
        case .carteIdentite:
            Definition(heading: "Carte d’identité", column: "Carte", hasData: { !($0.identite?.isEmpty ?? true) })
        case .dynamique:
            Definition(heading: "Dynamique d’innovation", column: "Dynam.", hasData: { !($0.natures ?? []).isEmpty })
        case .cycles:
            Definition(heading: "Cycles d’innovation", column: "Cycles", hasData: { !($0.cycles ?? []).isEmpty })
        case .pratiques:
            Definition(heading: "Pratiques au service de l’innovation", column: "Prat.", hasData: { !($0.pratiques ?? []).isEmpty })
        case .modeleSocioEconomique:
            Definition(heading: "Modèle socio-économique", column: "Modèle", hasData: { !($0.modele?.isEmpty ?? true) })
        case .perspectives:
            Definition(heading: "Points clés et perspectives", column: "Persp.", hasData: { !($0.perspectives ?? []).isEmpty })
        }
    }

    /// The heading a writer uses in the body, and the section's title on the page.
    package var heading: String { definition.heading }

    /// The section's place on the page, from 1.
    package var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The section for a body heading, compared without case, accents or punctuation.
    static func forHeading(_ heading: String) -> SectionID? {
        // Headings are nearly always written exactly as expected; only others are folded and compared.
        exactHeadings[heading] ?? headingKeys[Text.headingKey(heading)]
    }

    private static let exactHeadings: [String: SectionID] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.heading, $0) })

    private static let headingKeys: [String: SectionID] = Dictionary(uniqueKeysWithValues: allCases.map { (Text.headingKey($0.heading), $0) })
}
