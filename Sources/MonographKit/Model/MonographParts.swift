import Foundation

/// The editorial state of a section (FORMAT §4): nothing to show yet, written but known to be unfinished
/// (marked `partielle` under `redaction`), or written.
public enum SectionState: String, CaseIterable, Sendable {
    case aRediger = "a-rediger"
    case partielle
    case complete

    /// The state in words, as the site and `check` show it.
    public var label: String {
        switch self {
        case .aRediger: "à rédiger"
        case .partielle: "partielle"
        case .complete: "complète"
        }
    }

    /// The states of a monograph's sections in words, each state with its count, agreeing in number:
    /// "1 complète, 3 partielles, 2 à rédiger" (states with no section left out).
    public static func summary(_ states: [SectionState]) -> String {
        [(SectionState.complete, "complète", "complètes"), (.partielle, "partielle", "partielles"), (.aRediger, "à rédiger", "à rédiger")]
            .compactMap { state, singular, plural in
                let n = states.filter { $0 == state }.count
                return n == 0 ? nil : Format.count(n, singular, plural)
            }
            .joined(separator: ", ")
    }
}

/// Section 1: the identity card.
public struct Identity: Sendable, Equatable {
    public var type: String?
    public var creation: Int?
    public var creationNote: String?
    public var structure: String?
    public var salariesTdr: Int?
    public var salariesReseau: Int?
    public var adherents: String?
    public var budget: String?

    var isEmpty: Bool {
        type == nil && creation == nil && creationNote == nil && structure == nil && salariesTdr == nil
            && salariesReseau == nil && adherents == nil && budget == nil
    }
}

/// A remarkable innovation of a cycle.
public struct Innovation: Sendable, Equatable {
    public var nom: String
    public var description: String?
    public var types: [String]?
    public var phase: String?
}

/// Section 3: one cycle of innovation.
public struct Cycle: Sendable, Equatable {
    public var debut: Int
    public var approximatif: Bool
    public var titre: String
    public var contexte: String?
    public var reponse: String?
    public var natures: [String]?
    public var qualification: String?
    public var innovations: [Innovation]?
}

/// An action of a practice, with the phases of the innovation process it serves.
public struct Action: Sendable, Equatable {
    public var texte: String
    public var phases: [String]
}

/// Section 4: a practice of the network head at one level, for one function.
public struct Practice: Sendable, Equatable {
    public var echelon: String
    public var fonction: String
    /// 1 (shown as +) or 2 (++, dominant); nil when omitted, which counts as 1.
    public var intensite: Int?
    public var actions: [Action]

    var effectiveIntensity: Int { intensite ?? 1 }
}

/// Human resources for innovation at one level.
public struct HumanResource: Sendable, Equatable {
    public var echelon: String?
    public var texte: String
}

/// Section 5: the socio-economic model of the innovation dynamic.
public struct SocioEconomicModel: Sendable, Equatable {
    public var richessesHumaines: [HumanResource]?
    public var financements: [String]?
    public var partenariats: [String]?

    var isEmpty: Bool {
        (richessesHumaines ?? []).isEmpty && (financements ?? []).isEmpty && (partenariats ?? []).isEmpty
    }
}

/// A Markdown body as written: the text and the file line on which it starts.
public struct MarkdownSource: Sendable, Equatable {
    public var text: String
    public var firstLine: Int

    public init(text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }
}
