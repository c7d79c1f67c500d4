import MonographCore

/// `phases`: how many networks and actions serve each step of the innovation process.
enum PhasesView: ComputedView {
    static let id = ViewID.phases
    static let governingSection: SectionID? = .pratiques
    static let titleWithoutData = "Étapes du processus d’innovation"
    static let dataKey: String? = "phases"

    /// The input of the four views of practices, which read the same part of a monograph.
    static let inputName = "pratiques"

    static func entry(_ m: Monograph) -> [Practice] { m.pratiques ?? [] }

    static func hasData(_ practices: [Practice]) -> Bool {
        practices.contains { $0.actions.contains { !$0.phases.isEmpty } }
    }

    /// For each phase of the referentiel: the networks with an action serving it, and those actions (an
    /// action tagged with two phases counts in each).
    static func data(_ input: ViewInput<[Practice]>, _ referentiel: Referentiel) -> JSONValue? {
        .array(
            figures(input, referentiel).map {
                .object([("phase", .string($0.phase)), ("reseaux", .int($0.reseaux)), ("actions", .int($0.actions))])
            })
    }

    static func figures(_ input: ViewInput<[Practice]>, _ referentiel: Referentiel) -> [Synthesis.PhaseCount] {
        let functions = Set(referentiel.fonctions.map(\.id))
        let phaseIndex = Dictionary(uniqueKeysWithValues: referentiel.phases.map(\.id).enumerated().map { ($1, $0) })
        var actions = [Int](repeating: 0, count: phaseIndex.count), networks = actions
        for practices in input.entries {
            var seen = [Bool](repeating: false, count: phaseIndex.count)
            for practice in practices where functions.contains(practice.fonction) {
                for action in practice.actions {
                    for phase in Set(action.phases) {
                        guard let p = phaseIndex[phase] else { continue }
                        actions[p] += 1
                        seen[p] = true
                    }
                }
            }
            for (p, isSeen) in seen.enumerated() where isSeen { networks[p] += 1 }
        }
        return referentiel.phases.enumerated().map { Synthesis.PhaseCount(phase: $1.id, reseaux: networks[$0], actions: actions[$0]) }
    }

    static func content(_ input: ViewInput<[Practice]>, _ c: ViewContext) -> (title: String, html: String) {
        let data = figures(input, c.referentiel)
        let labels = data.map { c.label($0.phase, in: \.phases) }
        let chart = BarChart.panels(
            title: "Étapes du processus d’innovation investies par les réseaux",
            description: data.enumerated().map {
                "\(labels[$0.offset]) : \(Format.count($0.element.reseaux, "réseau", "réseaux")), \(Format.count($0.element.actions, "action", "actions"))"
            }
            .joined(separator: " ; "),
            categories: labels,
            measures: [
                .init(heading: "Réseaux ayant une action à l’étape", singular: "réseau", plural: "réseaux", values: data.map(\.reseaux)),
                .init(heading: "Actions rattachées à l’étape", singular: "action", plural: "actions", values: data.map(\.actions)),
            ])
        // The phases each network's actions are tagged with, gathered once for all rows.
        let phasesByNetwork = input.entries.map { practices in Set(practices.flatMap { $0.actions.flatMap(\.phases) }) }
        // A network's link, made once for all the phases that list it.
        var links = [String?](repeating: nil, count: input.networks.count)
        func link(_ index: Int) -> String {
            if let made = links[index] { return made }
            let made = c.link(input.networks[index])
            links[index] = made
            return made
        }
        // Each step names its first networks; the explorer, filtered by the step, gives the others' actions.
        var cut = false
        let rows = data.enumerated().map { index, count in
            let networks = Listing(phasesByNetwork.indices.filter { phasesByNetwork[$0].contains(count.phase) }, bound: ListingBound.namesInCell)
            var names = networks.total == 0 ? "–" : networks.shown.map(link).joined(separator: ", ")
            if networks.isCut {
                cut = true
                names +=
                    " et \(Format.count(networks.hidden, "autre", "autres")) : "
                    + "<a href=\"\(c.explorer(phase: count.phase))\">actions de l’étape « \(c.e(labels[index])) » dans l’explorateur</a>"
            }
            return [c.e(labels[index]), Format.number(count.reseaux), Format.number(count.actions), names]
        }
        var table = ViewFrame.table(headers: ["Étape", "Réseaux", "Actions", "Lesquels"], rows: rows)
        if cut {
            table += ViewFrame.rest(
                "La colonne « Lesquels » nomme au plus \(ListingBound.namesInCell) réseaux par étape, les premiers \(ListingBound.order).")
        }
        return ("Nombre de réseaux et d’actions par étape du processus d’innovation", ViewFrame.chartAndTable(chart, table))
    }
}
