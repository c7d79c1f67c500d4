/// A Markdown body as written: the text and the file line on which it starts.
package struct MarkdownSource: Sendable, Equatable {
    package var text: String
    package var firstLine: Int

    package init(text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }
}
