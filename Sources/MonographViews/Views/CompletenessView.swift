import MonographCore

/// `completude`: the editorial state of every section of every monograph.
enum CompletenessView: ComputedView {
    static let id = ViewID.completude
    static let governingSection: SectionID? = nil
    static let titleWithoutData = "État de rédaction des monographies"
    static let dataKey: String? = nil

    /// The sections' states are in `reseaux.json`.
    static func data(_ input: ViewInput<Entry>, _ referentiel: Referentiel) -> JSONValue? { nil }

    static func entry(_ m: Monograph) -> [SectionState] { m.states }

    static func hasData(_: [SectionState]) -> Bool { true }

    static func content(_ input: ViewInput<[SectionState]>, _ c: ViewContext) -> (title: String, html: String) {
        let marks: [SectionState: String] = [
            .complete: "<span class=\"fait\">✓<span class=\"visually-hidden\"> complète</span></span>",
            .partielle: "<span class=\"partiel\">◐<span class=\"visually-hidden\"> partielle</span></span>",
            .aRediger: "<span class=\"a-faire\">–<span class=\"visually-hidden\"> à rédiger</span></span>",
        ]
        let networks = Listing(input.networks, bound: ListingBound.networks)
        let rows = networks.shown.map { network -> [String] in
            [c.link(network)] + network.entry.map { marks[$0] ?? "" } + [c.e(SectionState.summary(network.entry))]
        }
        var html = ViewFrame.table(
            headers: ["Réseau"] + SectionID.allCases.map { c.e($0.heading) } + ["Bilan"], rows: rows, className: "completude matrice")
        if networks.isCut { html += totals(input, shown: networks, c) }
        return (
            "État de rédaction des monographies : sections complètes (✓), partielles (◐) et à rédiger (–)"
                + (networks.isCut ? " ; \(ViewFrame.firstNetworks(networks))" : ""), html
        )
    }

    /// What a cut table shows, and the state of each section counted over every network.
    private static func totals(_ input: ViewInput<[SectionState]>, shown: Listing<ViewNetwork<[SectionState]>>, _ c: ViewContext) -> String {
        let states: [SectionState] = [.complete, .partielle, .aRediger]
        var counts = [[Int]](repeating: [Int](repeating: 0, count: states.count), count: SectionID.allCases.count)
        for entry in input.entries {
            for (section, state) in entry.enumerated() where section < counts.count {
                if let column = states.firstIndex(of: state) { counts[section][column] += 1 }
            }
        }
        return ViewFrame.rest(
            "Le tableau montre \(ViewFrame.firstNetworks(shown)), \(ListingBound.order). "
                + "Pour \(ViewFrame.others(shown.hidden, "réseau", "réseaux")), "
                + "l’état de chaque section est dans <a href=\"\(c.data("reseaux.json"))\">reseaux.json</a>, sous « redaction », "
                + "et chaque monographie est dans le <a href=\"\(c.root)plan-du-site/index.html#monographies\">plan du site</a>. "
                + "Sur l’ensemble des \(Format.count(input.networks.count, "réseau", "réseaux")) :")
            + ViewFrame.table(
                headers: ["Section", "Complète", "Partielle", "À rédiger"],
                rows: zip(SectionID.allCases, counts).map { section, row in [c.e(section.heading)] + row.map(Format.number) })
    }
}
