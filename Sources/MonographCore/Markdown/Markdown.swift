import Foundation

/// Markdown to HTML for content: bodies, and the inline Markdown of front-matter strings.
package struct Markdown: Sendable {
    package var options: MarkdownOptions

    package init(options: MarkdownOptions) {
        self.options = options
    }

    /// Renders a body; `view` supplies the HTML of each `vue <id>` block.
    package func block(_ source: String, view: @Sendable (String) -> String = { _ in "" }) -> String {
        MarkdownDocument(source).html(options: options, view: view)
    }

    /// Renders a front-matter string: one paragraph loses its `<p>` so the text can sit inside any element.
    package func inline(_ source: String) -> String {
        if Self.isPlainText(source) { return Self.plainHTML(source) }
        let html = MarkdownDocument(source).html(options: options)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>\n") {
            let inner = html.dropFirst(3).dropLast(5)
            if !Text.contains(inner.utf8, "<p>".utf8) { return String(inner) }
        }
        return html.hasSuffix("\n") ? String(html.dropLast(1)) : html
    }

    /// A front-matter text as a spreadsheet or a change shows it: the words of its inline Markdown
    /// without the marks (emphasis, links, code), and the characters as written (no typographic quotes
    /// or spaces).
    package static func plainText(_ markdown: String) -> String {
        isPlainText(markdown) ? markdown : MarkdownDocument(markdown, smartPunctuation: false).text
    }

    /// True when `source` holds nothing that Markdown (with smart punctuation) would change: such text
    /// only needs typography and escaping, which is much cheaper than a parse.
    static func isPlainText(_ source: String) -> Bool {
        var previous: Unicode.Scalar = " "
        for (index, c) in source.unicodeScalars.enumerated() {
            switch c {
            case "*", "_", "[", "]", "<", ">", "&", "`", "\\", "'", "\"", "\n", "\r", "\t", "#", "|", "~", "=":
                return false
            case "-" where previous == "-", "." where previous == ".":
                return false
            case "-",
                "+" where index == 0:
                return false
            case "0"..."9" where index == 0:
                // "1. text" or "1) text" would start a list.
                if source.unicodeScalars.dropFirst().first(where: { !("0"..."9").contains($0) }).map({ $0 == "." || $0 == ")" }) ?? false {
                    return false
                }
            case " " where index < 4 && previous == " " && index > 0:
                return false
            default:
                break
            }
            previous = c
        }
        return !source.isEmpty && source.unicodeScalars.first != " "
    }

    /// Plain text for template values, which the templates escape: French typography only.
    package static func plain(_ text: String) -> String {
        FrenchTypography.apply(text)
    }

    /// Plain text written straight into HTML: French typography, then escaping.
    package static func plainHTML(_ text: String) -> String {
        Text.escapeHTML(FrenchTypography.apply(text))
    }
}
