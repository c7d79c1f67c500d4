internal import CCmark
import Foundation

/// Markdown that CommonMark reads, but not as its writer likely meant: for `monograph check`'s warnings.
extension MarkdownDocument {
    /// A place in the document (1-based line and column) and what to say there.
    struct Remark {
        let line: Int
        let column: Int
        let message: String
    }

    /// Raw HTML (dropped from the page unless `rawHTMLKept`; comments are meant to be unseen),
    /// empty list items, and tables written with « | », which CommonMark shows as plain text.
    /// `lines` are the document's source lines.
    func remarks(lines: [Substring], rawHTMLKept: Bool) -> [Remark] {
        var remarks: [Remark] = []
        var blockLine = 1
        walk { node in
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node))
            if line > 0 && type != CMARK_NODE_TEXT { blockLine = line }
            switch type {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                guard !rawHTMLKept, let literal = cmark_node_get_literal(node) else { return }
                let html = String(cString: literal).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !html.hasPrefix("<!--") else { return }
                let at = line > 0 ? line : blockLine
                // One remark a line: `<b>gras</b>` is two nodes.
                if remarks.last.map({ $0.line == at && $0.message == Self.rawHTML }) == true { return }
                let source = lines.indices.contains(at - 1) ? lines[at - 1] : ""
                let column = Self.column(of: String(html.prefix { $0 != "\n" }), in: source) ?? Int(cmark_node_get_start_column(node))
                remarks.append(
                    Remark(
                        line: at, column: max(1, column),
                        message: Self.rawHTML))
            case CMARK_NODE_ITEM where cmark_node_first_child(node) == nil:
                remarks.append(
                    Remark(
                        line: line, column: Int(cmark_node_get_start_column(node)),
                        message: "élément de liste vide : écrivez son texte après le tiret, ou supprimez la ligne"))
            case CMARK_NODE_PARAGRAPH:
                guard lines.indices.contains(line), Self.isTableRow(lines[line - 1]), Self.isTableRule(lines[line]) else { return }
                remarks.append(
                    Remark(
                        line: line, column: Int(cmark_node_get_start_column(node)),
                        message: "tableau écrit avec « | », que le site affiche comme du texte : présentez ces données en liste"))
            default:
                break
            }
        }
        return remarks
    }

    private static let rawHTML =
        "HTML dans le texte, que le site n’affiche pas : écrivez-le en Markdown, ou ajoutez « html_brut: true » à site.yml pour le garder"

    /// The 1-based column, in Unicode scalars, of `text` in `line`.
    private static func column(of text: String, in line: Substring) -> Int? {
        guard !text.isEmpty, let range = line.range(of: text) else { return nil }
        return line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1
    }

    /// `| a | b |`, the first row of a table.
    private static func isTableRow(_ line: Substring) -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces)
        return text.hasPrefix("|") && text.dropFirst().contains("|")
    }

    /// `|---|:--:|`, the rule under a table's header.
    private static func isTableRule(_ line: Substring) -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces)
        return text.contains("-") && text.contains("|") && text.allSatisfy { "|-: ".contains($0) }
    }
}
