/// The Markdown body of a booklet or synthesis page, converted in one parse: its HTML with the views it
/// places left as place holders, and those view blocks at their lines in the file.
package struct PageBody: Sendable, Equatable {
    package var html: HTMLWithViews
    package var views: [SectionedBody.ViewUse]
    /// The page's level-2 headings, each anchored in `html`: the page's table of contents.
    package var headings: [Heading]

    /// A level-2 heading of the body: its anchor and its text as HTML.
    package struct Heading: Sendable, Equatable {
        package var id: String
        package var html: String
    }

    package init(_ source: MarkdownSource, options: MarkdownOptions) {
        let document = MarkdownDocument(source.text)
        views = document.viewBlocks.map { .init(id: $0.id, line: source.firstLine + $0.line - 1, column: $0.column) }
        let rendered = document.htmlWithViews(options: options)
        let (anchored, headings) = Self.anchoringHeadings(rendered.html)
        html = HTMLWithViews(html: anchored, views: rendered.views)
        self.headings = headings
    }

    /// `html` with an `id` on each `<h2>` (the slug of its text, made unique on the page), and those headings.
    static func anchoringHeadings(_ html: String) -> (String, [Heading]) {
        guard html.contains("<h2>") else { return (html, []) }
        var out = "", headings: [Heading] = [], used: Set<String> = []
        var rest = html[...]
        while let open = rest.range(of: "<h2>"), let close = rest[open.upperBound...].range(of: "</h2>") {
            let inner = String(rest[open.upperBound..<close.lowerBound])
            // The words of the heading, without its tags and character references.
            let text = inner.replacing(#/<[^>]*>/#, with: "").replacing(#/&#?[a-zA-Z0-9]+;/#, with: " ")
            var id = Text.slug(text)
            if !id.contains(where: \.isLetter) { id = "partie" + (id.isEmpty ? "" : "-" + id) }
            var unique = id, n = 2
            while used.contains(unique) {
                unique = "\(id)-\(n)"
                n += 1
            }
            used.insert(unique)
            headings.append(Heading(id: unique, html: inner))
            out += rest[..<open.lowerBound] + "<h2 id=\"\(unique)\">" + inner + "</h2>"
            rest = rest[close.upperBound...]
        }
        return (out + rest, headings)
    }
}
