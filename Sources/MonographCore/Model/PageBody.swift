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
    /// The tags are found on the bytes: Foundation's `range(of:)` counts a long page's characters again at
    /// every heading.
    static func anchoringHeadings(_ html: String) -> (String, [Heading]) {
        guard html.utf8.firstRange(of: "<h2>".utf8) != nil else { return (html, []) }
        var out = "", headings: [Heading] = [], used: Set<String> = []
        var rest = html[...]
        while let open = rest.utf8.firstRange(of: "<h2>".utf8), let close = rest.utf8[open.upperBound...].firstRange(of: "</h2>".utf8) {
            let inner = String(rest[open.upperBound..<close.lowerBound])
            var id = Text.slug(words(ofHeading: inner))
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

    /// The words of a heading's HTML: its tags (`<…>`) removed, then each character reference
    /// (`&amp;`, `&#39;`) made a space.
    static func words(ofHeading html: String) -> String {
        var text = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            text += rest[..<open]
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        var words = ""
        var remaining = text[...]
        while let ampersand = remaining.firstIndex(of: "&") {
            words += remaining[..<ampersand]
            var name = remaining[remaining.index(after: ampersand)...]
            if name.first == "#" { name = name.dropFirst() }
            let letters = name.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if !letters.isEmpty, name[letters.endIndex...].first == ";" {
                words += " "
                remaining = name[name.index(after: letters.endIndex)...]
            } else {
                words += "&"
                remaining = remaining[remaining.index(after: ampersand)...]
            }
        }
        return words + remaining
    }
}
