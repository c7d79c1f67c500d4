/// `completude`: the editorial state of every section of every monograph.
enum CompletenessView: ComputedView {
    static let id = ViewID.completude
    static let governingSection: SectionID? = nil
    static let titleWithoutData = "État de rédaction des monographies"
    static let dataKey: String? = nil

    static func entry(_ m: Monograph) -> [SectionState] { m.states }

    static func hasData(_: [SectionState]) -> Bool { true }

    static func content(_ input: ViewInput<[SectionState]>, _ c: ViewContext) -> (title: String, html: String) {
        let marks: [SectionState: String] = [
            .complete: "<span class=\"fait\">✓<span class=\"visually-hidden\"> complète</span></span>",
            .partielle: "<span class=\"partiel\">◐<span class=\"visually-hidden\"> partielle</span></span>",
            .aRediger: "<span class=\"a-faire\">–<span class=\"visually-hidden\"> à rédiger</span></span>",
        ]
        let rows = input.networks.map { network -> [String] in
            [c.link(network)] + network.entry.map { marks[$0] ?? "" } + [c.e(SectionState.summary(network.entry))]
        }
        return (
            "État de rédaction des monographies : sections complètes (✓), partielles (◐) et à rédiger (–)",
            ViewFrame.table(
                headers: ["Réseau"] + SectionID.allCases.map { c.e($0.heading) } + ["Bilan"], rows: rows,
                className: "completude matrice")
        )
    }
}
