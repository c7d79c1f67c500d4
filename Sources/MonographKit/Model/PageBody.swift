/// The Markdown body of a booklet or synthesis page, converted in one parse: its HTML with the views it
/// places left as place holders, and those view blocks at their lines in the file.
package struct PageBody: Sendable, Equatable {
    var html: HTMLWithViews
    package var views: [SectionedBody.ViewUse]

    init(_ source: MarkdownSource, options: MarkdownOptions) {
        let document = MarkdownDocument(source.text)
        views = document.viewBlocks.map { .init(id: $0.id, line: source.firstLine + $0.line - 1, column: $0.column) }
        html = document.htmlWithViews(options: options)
    }
}
