/// Markdown to HTML for content: bodies, and the inline Markdown of front-matter strings.
struct Markdown: Sendable {
    var options: MarkdownOptions

    /// Renders a body; `view` supplies the HTML of each `vue <id>` block.
    func block(_ source: String, view: (String) -> String = { _ in "" }) -> String {
        MarkdownDocument(source).html(options: options, view: view)
    }

    /// Renders a front-matter string: one paragraph loses its `<p>` so the text can sit inside any element.
    func inline(_ source: String) -> String {
        let html = MarkdownDocument(source).html(options: options)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>\n") {
            let inner = html.dropFirst(3).dropLast(5)
            if !inner.contains("<p>") { return String(inner) }
        }
        return html.hasSuffix("\n") ? String(html.dropLast()) : html
    }

    /// Plain text for attributes and titles: French typography, then HTML escaping.
    static func plain(_ text: String) -> String {
        FrenchTypography.apply(text)
    }
}
