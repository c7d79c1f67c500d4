import MonographCore

/// `panorama-innovations`: every remarkable innovation of every network.
enum InnovationsView: ComputedView {
    static let id = ViewID.panoramaInnovations
    static let governingSection: SectionID? = .cycles
    static let titleWithoutData = "Innovations remarquables"
    static let dataKey: String? = "innovations"

    static func entry(_ m: Monograph) -> [Cycle] { m.cycles ?? [] }

    static func hasData(_ cycles: [Cycle]) -> Bool { cycles.contains { !($0.innovations ?? []).isEmpty } }

    /// Every innovation, with its network, the start and natures of its cycle, in content order.
    static func data(_ input: ViewInput<[Cycle]>, _ referentiel: Referentiel) -> JSONValue? {
        .array(
            figures(input).map {
                .object([
                    ("reseau", .string($0.reseau)), ("cycle", .int($0.cycle)), ("nom", .string($0.nom)),
                    ("natures", .strings($0.natures)), ("types", .strings($0.types)),
                    ("phase", $0.phase.map(JSONValue.string) ?? .null),
                ])
            })
    }

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
        let shown = Listing(innovations, bound: ListingBound.innovations)
        let rows = shown.shown.map { i -> [String] in
            [
                c.markdown.inline(i.nom), c.link(i.reseau), String(i.cycle), labels(i.natures, \.natures), labels(i.types, \.types),
                i.phase.map { c.e(c.label($0, in: \.phases)) } ?? "–",
            ]
        }
        var html = ViewFrame.table(headers: ["Innovation", "Réseau", "Cycle", "Natures du cycle", "Types", "Étape actuelle"], rows: rows)
        if shown.isCut {
            html += ViewFrame.rest(
                "Le tableau montre les \(Format.number(shown.shown.count)) premières innovations sur \(Format.number(shown.total)), "
                    + "\(ListingBound.order) ; \(ViewFrame.others(shown.hidden, "est", "sont")) dans <a href=\"\(c.explorer())\">l’explorateur</a> et dans "
                    + "<a href=\"\(c.data("synthese.json"))\">synthese.json</a>, sous « innovations ».")
        }
        let first = "les \(Format.number(shown.shown.count)) premières sur \(Format.number(shown.total))"
        return ("Panorama des innovations remarquables de tous les réseaux" + (shown.isCut ? " : \(first)" : ""), html)
    }
}
