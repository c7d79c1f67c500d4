/// `panorama-innovations`: every remarkable innovation of every network.
enum InnovationsView: ComputedView {
    static let id = ViewID.panoramaInnovations
    static let governingSection: SectionID? = .cycles
    static let titleWithoutData = "Innovations remarquables"
    static let dataKey: String? = "innovations"

    static func entry(_ m: Monograph) -> [Cycle] { m.cycles ?? [] }

    static func hasData(_ cycles: [Cycle]) -> Bool { cycles.contains { !($0.innovations ?? []).isEmpty } }

    /// Every innovation, with its network, the start and natures of its cycle, in content order.
    static func figures(_ input: ViewInput<[Cycle]>) -> [Synthesis.InnovationEntry] {
        input.networks.flatMap { network in
            network.entry.flatMap { cycle in
                (cycle.innovations ?? []).map {
                    Synthesis.InnovationEntry(
                        reseau: network.slug, cycle: cycle.debut, nom: $0.nom, natures: cycle.natures ?? [],
                        types: $0.types ?? [], phase: $0.phase)
                }
            }
        }
    }

    static func content(_ input: ViewInput<[Cycle]>, _ c: ViewContext) -> (title: String, html: String) {
        let innovations = figures(input)
        guard !innovations.isEmpty else {
            return ("Innovations remarquables", "<p class=\"vide\">Aucune innovation remarquable n’est encore décrite.</p>\n")
        }
        func labels(_ ids: [String], _ list: KeyPath<Referentiel, [ReferenceItem]>) -> String {
            ids.isEmpty ? "–" : ids.map { c.e(c.label($0, in: list)) }.joined(separator: ", ")
        }
        let rows = innovations.map { i -> [String] in
            [
                c.markdown.inline(i.nom), c.link(i.reseau), String(i.cycle), labels(i.natures, \.natures), labels(i.types, \.types),
                i.phase.map { c.e(c.label($0, in: \.phases)) } ?? "–",
            ]
        }
        return (
            "Panorama des innovations remarquables de tous les réseaux",
            ViewFrame.table(headers: ["Innovation", "Réseau", "Cycle", "Natures du cycle", "Types", "Étape actuelle"], rows: rows)
        )
    }
}
