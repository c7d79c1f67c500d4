import MonographCore

/// `natures`: the networks whose current dynamic is of each nature of innovation, and the cycles of each.
enum NaturesView: ComputedView {
    struct Entry: Equatable, Sendable {
        /// The natures of the current dynamic.
        var natures: [String]
        /// The natures of each cycle.
        var cycles: [[String]]
    }

    static let id = ViewID.natures
    static let governingSection: SectionID? = .dynamique
    static let titleWithoutData = "Natures de l’innovation"
    static let dataKey: String? = "natures"

    static func entry(_ m: Monograph) -> Entry {
        Entry(natures: m.natures ?? [], cycles: (m.cycles ?? []).map { $0.natures ?? [] })
    }

    static func hasData(_ entry: Entry) -> Bool {
        !entry.natures.isEmpty || entry.cycles.contains { !$0.isEmpty }
    }

    static func data(_ input: ViewInput<Entry>, _ referentiel: Referentiel) -> JSONValue? {
        .array(
            figures(input, referentiel).map {
                .object([("nature", .string($0.nature)), ("reseaux", .int($0.reseaux)), ("cycles", .int($0.cycles))])
            })
    }

    static func figures(_ input: ViewInput<Entry>, _ referentiel: Referentiel) -> [Synthesis.NatureCount] {
        referentiel.natures.map { nature in
            Synthesis.NatureCount(
                nature: nature.id,
                reseaux: input.entries.filter { $0.natures.contains(nature.id) }.count,
                cycles: input.entries.reduce(0) { $0 + $1.cycles.filter { $0.contains(nature.id) }.count })
        }
    }

    static func content(_ input: ViewInput<Entry>, _ c: ViewContext) -> (title: String, html: String) {
        let data = figures(input, c.referentiel)
        let grid = RameauGrid.render(
            natures: c.referentiel.natures,
            values: Dictionary(
                uniqueKeysWithValues: data.map {
                    (
                        $0.nature,
                        "\($0.reseaux == 0 ? "aucun réseau" : Format.count($0.reseaux, "réseau", "réseaux")), \($0.cycles == 0 ? "aucun cycle" : Format.count($0.cycles, "cycle", "cycles"))"
                    )
                }),
            // A nature that no network's current dynamic has is drawn empty, even if some past cycle had it.
            highlighted: Set(data.filter { $0.reseaux > 0 }.map(\.nature)),
            title: "Les quatre natures de l’innovation dans les réseaux")
        // Each nature names its first networks; `reseaux.json` names them all.
        var cut = false
        let rows = data.map { count in
            let networks = Listing(input.networks.filter { $0.entry.natures.contains(count.nature) }.map(\.slug), bound: ListingBound.namesInCell)
            var names = c.links(networks.shown)
            if networks.isCut {
                cut = true
                names += " et \(Format.count(networks.hidden, "autre", "autres"))"
            }
            return [c.e(c.label(count.nature, in: \.natures)), Format.number(count.reseaux), Format.number(count.cycles), names]
        }
        var table = ViewFrame.table(headers: ["Nature", "Réseaux", "Cycles", "Lesquels"], rows: rows)
        if cut {
            table += ViewFrame.rest(
                "La colonne « Lesquels » nomme au plus \(ListingBound.namesInCell) réseaux par nature, les premiers \(ListingBound.order) ; "
                    + "la dynamique de chaque réseau est dans <a href=\"\(c.data("reseaux.json"))\">reseaux.json</a>.")
        }
        return (
            "Natures de l’innovation : réseaux dont la dynamique actuelle relève de chaque nature, et cycles concernés",
            ViewFrame.chartAndTable(grid, table)
        )
    }
}
