import MonographCore
import MonographViews

/// `pratiques.csv` and `innovations.csv` (FORMAT §8): the practices and the innovations of every
/// network as rows a spreadsheet opens, in site order, then in the order of each monograph.
extension OpenData {
    /// One row per action: reseau, echelon, fonction, intensite, action, phases. A practice without
    /// action keeps its row, with an empty action: the table holds every practice.
    static func practicesCSV(_ monographs: [Monograph]) -> PartList {
        rows(of: .pratiques, monographs) { m in
            var rows = ""
            for practice in m.pratiques ?? [] {
                let head = [m.slug, practice.echelon, practice.fonction, String(practice.effectiveIntensity)]
                if practice.actions.isEmpty { rows += CSV.record(head + ["", ""]) }
                for action in practice.actions {
                    rows += CSV.record(head + [Markdown.plainText(action.texte), CSV.list(action.phases)])
                }
            }
            return rows
        }
    }

    /// One row per remarkable innovation: reseau, cycle_debut, cycle_titre, nom, description, types, phase.
    static func innovationsCSV(_ monographs: [Monograph]) -> PartList {
        rows(of: .innovations, monographs) { m in
            var rows = ""
            for cycle in m.cycles ?? [] {
                for innovation in cycle.innovations ?? [] {
                    rows += CSV.record([
                        m.slug, String(cycle.debut), Markdown.plainText(cycle.titre), Markdown.plainText(innovation.nom),
                        innovation.description.map(Markdown.plainText) ?? "", CSV.list(innovation.types ?? []), innovation.phase ?? "",
                    ])
                }
            }
            return rows
        }
    }

    /// The header of `table`, then each monograph's rows, made from that monograph alone (so that
    /// `serve` makes again only the rows of the monographs that changed).
    private static func rows(of table: Table, _ monographs: [Monograph], _ make: @escaping @Sendable (Monograph) -> String) -> PartList {
        let header = CSV.record(table.header)
        return PartList(
            opening: header, separator: "", closing: "", empty: header,
            parts: monographs.map { m in .init(key: m.slug, inputs: JobInputs(m)) { make(m) } })
    }
}
