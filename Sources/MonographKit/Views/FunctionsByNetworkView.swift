/// `fonctions-par-reseau`: the intensity of each function in each network.
enum FunctionsByNetworkView: ComputedView {
    static let id = ViewID.fonctionsParReseau
    static let governingSection: SectionID? = .pratiques
    static let titleWithoutData = "Fonctions exercées par chaque tête de réseau"
    static let dataKey: String? = "fonctions_par_reseau"

    static let inputName = PhasesView.inputName

    static func entry(_ m: Monograph) -> [Practice] { PhasesView.entry(m) }

    static func hasData(_ practices: [Practice]) -> Bool { !practices.isEmpty }

    /// Rows in network order, columns in function order: the highest intensity of the function's
    /// practices (0 when it has none, 1 when omitted).
    static func figures(_ input: ViewInput<[Practice]>, _ referentiel: Referentiel) -> [Synthesis.Row] {
        let functionIndex = Dictionary(uniqueKeysWithValues: referentiel.fonctions.map(\.id).enumerated().map { ($1, $0) })
        return input.networks.map { network in
            var intensities = [Int](repeating: 0, count: functionIndex.count)
            for practice in network.entry {
                guard let f = functionIndex[practice.fonction] else { continue }
                intensities[f] = max(intensities[f], practice.effectiveIntensity)
            }
            return Synthesis.Row(key: network.slug, values: intensities)
        }
    }

    static func content(_ input: ViewInput<[Practice]>, _ c: ViewContext) -> (title: String, html: String) {
        let columns = c.referentiel.fonctions.map(\.libelle)
        let data = figures(input, c.referentiel)
        let chart = HeatMap.render(
            title: "Intensité des fonctions par réseau",
            description: "Pour chaque réseau, intensité la plus forte de chaque fonction : 0 absente, 1 présente (+), 2 dominante (++)",
            columns: columns, rows: zip(input.networks, data).map { ($0.nom, $1.values) }, scale: .intensity)
        let symbols = ["–", "+", "++"]
        let rows = zip(input.networks, data).map { network, row in
            [c.link(network)] + row.values.map { "<span title=\"\($0)\">\(symbols[min($0, 2)])</span>" }
        }
        return (
            "Fonctions exercées par chaque tête de réseau : + présente, ++ dominante, – absente",
            ViewFrame.chartAndTable(chart, ViewFrame.table(headers: ["Réseau"] + columns.map(c.e), rows: rows, className: "matrice"))
        )
    }
}
