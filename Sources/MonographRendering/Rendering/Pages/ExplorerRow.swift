import MonographCore
import MonographViews

/// One row of the explorer (FORMAT §8): an action of a practice, or a remarkable innovation of a cycle.
struct ExplorerRow: Equatable, Sendable {
    enum Item: Equatable, Sendable {
        /// An action's text as HTML, converted once as its file was read: shown as its monograph's page
        /// shows it.
        case action(String)
        /// An innovation's name and description, inline Markdown.
        case innovation(nom: String, description: String?)
    }

    /// The network's slug.
    var reseau: String
    /// The function and the level of the action's practice; nil for an innovation, which has neither.
    var fonction: String?
    var echelon: String?
    /// An action's phases; an innovation's phase (its stage today), when it has one.
    var phases: [String]
    var item: Item

    var isInnovation: Bool {
        if case .innovation = item { return true }
        return false
    }
}

extension ExplorerRow {
    init(_ m: Monograph, _ practice: Practice, _ action: Action) {
        self.init(reseau: m.slug, fonction: practice.fonction, echelon: practice.echelon, phases: action.phases, item: .action(action.html))
    }

    init(_ m: Monograph, _ innovation: Innovation) {
        self.init(
            reseau: m.slug, fonction: nil, echelon: nil, phases: innovation.phase.map { [$0] } ?? [],
            item: .innovation(nom: innovation.nom, description: innovation.description))
    }

    /// The order of a monograph's rows, shared by all that counts or makes them: the actions of each
    /// practice, practice after practice, then each innovation, cycle after cycle.
    static func visit(_ m: Monograph, practice: (Practice) -> Void, innovation: (Innovation) -> Void) {
        for each in m.pratiques ?? [] { practice(each) }
        for cycle in m.cycles ?? [] {
            for each in cycle.innovations ?? [] { innovation(each) }
        }
    }

    /// The rows of a monograph, in order.
    static func rows(of m: Monograph) -> [ExplorerRow] {
        var rows: [ExplorerRow] = []
        visit(m, practice: { p in rows += p.actions.map { ExplorerRow(m, p, $0) } }, innovation: { rows.append(ExplorerRow(m, $0)) })
        return rows
    }
}
