import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

@Suite struct InlineFastPathTests {
    /// The fast path must give exactly what libcmark gives, or step aside.
    @Test(arguments: [
        "Tête de réseau nationale", "2 200 associations adhérentes", "5 M€", "Entraide & solidarité", "R&D", "Un *mot* en italique",
        "l'apostrophe droite", "deux -- tirets", "trois... points", "1943", "1. liste", "- tiret", "+ plus", "# titre", "> cité",
        "Vraiment ? Oui ! Bon ; bien : fin", "« Cité »", "a <b>b</b>", "a_b_c", "x = y", "1) un", "10:30", "a\\b",
    ])
    func fastPathMatchesLibcmark(text: String) {
        let markdown = Markdown(options: MarkdownOptions())
        let slow = MarkdownDocument(text).html(options: MarkdownOptions())
        let stripped = slow.hasPrefix("<p>") && slow.hasSuffix("</p>\n") ? String(slow.dropFirst(3).dropLast(5)) : slow
        if Markdown.isPlainText(text) {
            #expect(markdown.inline(text) == stripped, "\(text)")
        }
    }
}
