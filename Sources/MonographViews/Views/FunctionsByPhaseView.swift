import MonographCore

/// `fonctions-par-phase`: how many actions of each function serve each step of the innovation process.
enum FunctionsByPhaseView: ComputedView {
    static let id = ViewID.fonctionsParPhase
    static let governingSection: SectionID? = .pratiques
    static let titleWithoutData = "Fonctions mobilisées à chaque étape"
    static let dataKey: String? = "fonctions_par_phase"

    static let inputName = PhasesView.inputName

    static func entry(_ m: Monograph) -> [Practice] { PhasesView.entry(m) }

    static func hasData(_ practices: [Practice]) -> Bool { PhasesView.hasData(practices) }

    /// Rows in function order, columns in phase order: the actions of the function tagged with the phase.
    static func data(_ input: ViewInput<[Practice]>, _ referentiel: Referentiel) -> JSONValue? {
        .matrix(figures(input, referentiel), rowKey: "fonction", columnsKey: "phases", columns: referentiel.phases.map(\.id))
    }

    static func figures(_ input: ViewInput<[Practice]>, _ referentiel: Referentiel) -> [Synthesis.Row] {
        let functionIndex = Dictionary(uniqueKeysWithValues: referentiel.fonctions.map(\.id).enumerated().map { ($1, $0) })
        let phaseIndex = Dictionary(uniqueKeysWithValues: referentiel.phases.map(\.id).enumerated().map { ($1, $0) })
        var counts = [[Int]](repeating: [Int](repeating: 0, count: phaseIndex.count), count: functionIndex.count)
        for practices in input.entries {
            for practice in practices {
                guard let f = functionIndex[practice.fonction] else { continue }
                for action in practice.actions {
                    for phase in Set(action.phases) {
                        guard let p = phaseIndex[phase] else { continue }
                        counts[f][p] += 1
                    }
                }
            }
        }
        return referentiel.fonctions.enumerated().map { Synthesis.Row(key: $1.id, values: counts[$0]) }
    }

    static func content(_ input: ViewInput<[Practice]>, _ c: ViewContext) -> (title: String, html: String) {
        let columns = c.referentiel.phases.map(\.libelle)
        let rows = figures(input, c.referentiel).map { (c.label($0.key, in: \.fonctions), $0.values) }
        let chart = HeatMap.render(
            title: "Actions par fonction et par étape",
            description: "Nombre d’actions rattachées à chaque étape, par fonction de la tête de réseau",
            columns: columns, rows: rows, scale: .count)
        let table = ViewFrame.table(
            headers: ["Fonction"] + columns.map(c.e), rows: rows.map { [c.e($0.0)] + $0.1.map(Format.number) },
            className: "matrice")
        return (
            "Fonctions mobilisées à chaque étape : nombre d’actions (une action rattachée à deux étapes compte dans chacune)",
            ViewFrame.chartAndTable(chart, table)
        )
    }
}
