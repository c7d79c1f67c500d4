import MonographCore

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
    static func data(_ input: ViewInput<[Practice]>, _ referentiel: Referentiel) -> JSONValue? {
        .matrix(figures(input, referentiel), rowKey: "reseau", columnsKey: "fonctions", columns: referentiel.fonctions.map(\.id))
    }

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
        // Every network is counted (`synthese.json`); the map and its table draw the first ones.
        let networks = Listing(Array(zip(input.networks, figures(input, c.referentiel))), bound: ListingBound.networks)
        let chart = HeatMap.render(
            title: "Intensité des fonctions par réseau" + (networks.isCut ? " : \(ViewFrame.firstNetworks(networks))" : ""),
            description: "Pour chaque réseau, intensité la plus forte de chaque fonction : 0 absente, 1 présente (+), 2 dominante (++)"
                + (networks.isCut ? " ; \(ViewFrame.firstNetworks(networks)), \(ListingBound.order)" : ""),
            columns: columns, rows: networks.shown.map { ($0.nom, $1.values) }, scale: .intensity)
        let symbols = ["–", "+", "++"]
        let rows = networks.shown.map { network, row in
            [c.link(network)] + row.values.map { "<span title=\"\($0)\">\(symbols[min($0, 2)])</span>" }
        }
        var html = ViewFrame.chartAndTable(chart, ViewFrame.table(headers: ["Réseau"] + columns.map(c.e), rows: rows, className: "matrice"))
        if networks.isCut {
            let functions = c.referentiel.fonctions.map { "<a href=\"\(c.explorer(fonction: $0.id))\">\(c.e($0.libelle))</a>" }
            html += ViewFrame.rest(
                "La carte montre \(ViewFrame.firstNetworks(networks)), \(ListingBound.order). "
                    + "Pour \(ViewFrame.others(networks.hidden, "réseau", "réseaux")), "
                    + "les intensités sont dans <a href=\"\(c.data("synthese.json"))\">synthese.json</a>, sous « fonctions_par_reseau », et "
                    + "leurs actions sont dans l’explorateur, par fonction : \(functions.joined(separator: ", ")).")
        }
        return (
            "Fonctions exercées par chaque tête de réseau : + présente, ++ dominante, – absente"
                + (networks.isCut ? " ; \(ViewFrame.firstNetworks(networks))" : ""),
            html
        )
    }
}
