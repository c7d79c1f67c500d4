/// The editorial dashboard in a terminal: one row per network, one column per section.
package enum CompletenessTable {
    package static func render(_ site: Site) -> String {
        let headers = ["Réseau"] + SectionID.allCases.map { "\($0.number) \($0.definition.column)" } + ["Bilan"]
        let marks: [SectionState: String] = [.complete: "✓", .partielle: "◐", .aRediger: "·"]
        var rows: [[String]] = []
        for m in site.monographs {
            let states = m.states
            rows.append([m.nom] + states.map { marks[$0] ?? "" } + [SectionState.summary(states)])
        }
        let widths = headers.indices.map { i in ([headers[i]] + rows.map { $0[i] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in cell + String(repeating: " ", count: widths[i] - cell.count) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out =
            "Contenu valide : " + Format.count(site.monographs.count, "monographie", "monographies") + ", "
            + Format.count(site.booklet.count, "page du livret", "pages du livret")
            + (site.synthesis == nil ? "" : ", la synthèse") + ".\n\n"
        out += line(headers) + "\n"
        for row in rows { out += line(row) + "\n" }
        out += "\n✓ complète   ◐ partielle   · à rédiger"
        return out
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
