import Foundation

/// Section 1: the identity card.
package struct Identity: Sendable, Equatable {
    package var type: String?
    package var creation: Int?
    package var creationNote: String?
    package var structure: String?
    package var salariesTdr: Int?
    package var salariesReseau: Int?
    package var adherents: String?
    /// The name the monograph gives the members' heading (« Adhérents » when absent).
    package var adherentsLibelle: String? = nil
    package var budget: String?
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
    package var html: String

    package init(texte: String, phases: [String], markdown: Markdown) {
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

    package var effectiveIntensity: Int { intensite ?? 1 }
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
}
