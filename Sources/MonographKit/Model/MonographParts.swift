import Foundation

/// The editorial state of a section (FORMAT §4): nothing to show yet, written but known to be unfinished
/// (marked `partielle` under `redaction`), or written.
package enum SectionState: String, CaseIterable, Sendable {
    case aRediger = "a-rediger"
    case partielle
    case complete

    /// The state in words, as the site and `check` show it.
    package var label: String {
        switch self {
        case .aRediger: "à rédiger"
        case .partielle: "partielle"
        case .complete: "complète"
        }
    }

    /// The states of a monograph's sections in words, each state with its count, agreeing in number:
    /// "1 complète, 3 partielles, 2 à rédiger" (states with no section left out).
    package static func summary(_ states: [SectionState]) -> String {
        [(SectionState.complete, "complète", "complètes"), (.partielle, "partielle", "partielles"), (.aRediger, "à rédiger", "à rédiger")]
            .compactMap { state, singular, plural in
                let n = states.filter { $0 == state }.count
                return n == 0 ? nil : Format.count(n, singular, plural)
            }
            .joined(separator: ", ")
    }
}

/// Section 1: the identity card.
package struct Identity: Sendable, Equatable {
    package var type: String?
    package var creation: Int?
    package var creationNote: String?
    package var structure: String?
    package var salariesTdr: Int?
    package var salariesReseau: Int?
    package var adherents: String?
    package var budget: String?

    var isEmpty: Bool {
        type == nil && creation == nil && creationNote == nil && structure == nil && salariesTdr == nil
            && salariesReseau == nil && adherents == nil && budget == nil
    }
}

/// A remarkable innovation of a cycle.
package struct Innovation: Sendable, Equatable {
    package var nom: String
    package var description: String?
    package var types: [String]?
    package var phase: String?
}

/// Section 3: one cycle of innovation.
package struct Cycle: Sendable, Equatable {
    package var debut: Int
    package var approximatif: Bool
    package var titre: String
    package var contexte: String?
    package var reponse: String?
    package var natures: [String]?
    package var qualification: String?
    package var innovations: [Innovation]?
}

/// An action of a practice, with the phases of the innovation process it serves.
package struct Action: Sendable, Equatable {
    package var texte: String
    package var phases: [String]
    /// The text's inline Markdown as HTML, converted once as the file is read: the monograph's page and
    /// the views of practices over every network show it.
    var html: String

    init(texte: String, phases: [String], markdown: Markdown) {
        self.texte = texte
        self.phases = phases
        html = markdown.inline(texte)
    }
}

/// Section 4: a practice of the network head at one level, for one function.
package struct Practice: Sendable, Equatable {
    package var echelon: String
    package var fonction: String
    /// 1 (shown as +) or 2 (++, dominant); nil when omitted, which counts as 1.
    package var intensite: Int?
    package var actions: [Action]

    var effectiveIntensity: Int { intensite ?? 1 }
}

/// Human resources for innovation at one level.
package struct HumanResource: Sendable, Equatable {
    package var echelon: String?
    package var texte: String
}

/// Section 5: the socio-economic model of the innovation dynamic.
package struct SocioEconomicModel: Sendable, Equatable {
    package var richessesHumaines: [HumanResource]?
    package var financements: [String]?
    package var partenariats: [String]?

    var isEmpty: Bool {
        (richessesHumaines ?? []).isEmpty && (financements ?? []).isEmpty && (partenariats ?? []).isEmpty
    }
}

/// A Markdown body as written: the text and the file line on which it starts.
package struct MarkdownSource: Sendable, Equatable {
    package var text: String
    package var firstLine: Int

    package init(text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }
}
