import Testing
@testable import MonographKit

@Suite struct SectionSplitterTests {
    private func split(_ text: String, firstLine: Int = 10) -> (SectionedBody, [Diagnostic]) {
        var bag = DiagnosticBag()
        let body = SectionedBody.split(MarkdownSource(text: text, firstLine: firstLine), file: "f.md", bag: &bag)
        return (body, bag.diagnostics)
    }

    @Test func leadAndSectionsWithTheirFileLines() {
        let (body, diagnostics) = split("Le chapeau.\n\n## Dynamique d'innovation\nPremier.\n\n### Détail\nSuite.\n\n## points cles et perspectives\nFin.\n")
        #expect(diagnostics.isEmpty)
        #expect(body.lead == MarkdownSource(text: "Le chapeau.\n", firstLine: 10))
        #expect(body.sections[.dynamique] == MarkdownSource(text: "Premier.\n\n### Détail\nSuite.\n", firstLine: 13))
        #expect(body.sections[.perspectives] == MarkdownSource(text: "Fin.\n", firstLine: 19))
        #expect(body.sections[.cycles] == nil)
    }

    @Test func headingsMatchWithoutCaseAccentsOrPunctuation() {
        for heading in ["Carte d’identité", "CARTE D'IDENTITE", "carte didentité", "Carte d'identité :"] {
            #expect(SectionID.forHeading(heading) == .carteIdentite, "\(heading)")
        }
        #expect(SectionID.forHeading("Modèle socio-économique") == .modeleSocioEconomique)
        #expect(SectionID.forHeading("Modèle socioéconomique") == .modeleSocioEconomique)
        #expect(SectionID.forHeading("Cartes") == nil)
    }

    @Test func headingsInsideCodeBlocksOrQuotesDoNotSplit() {
        let (body, diagnostics) = split("## Cycles d'innovation\n```\n## Pas un titre\n```\n> ## Citation\n")
        #expect(diagnostics.isEmpty)
        #expect(body.sections[.cycles]?.text == "```\n## Pas un titre\n```\n> ## Citation\n")
    }

    @Test func setextHeadingsCount() {
        let (body, diagnostics) = split("Dynamique d'innovation\n---\nTexte.\n")
        #expect(diagnostics.isEmpty)
        #expect(body.sections[.dynamique]?.text == "Texte.\n")
        #expect(body.sections[.dynamique]?.firstLine == 12)
    }

    @Test func emptySectionHasNoProse() {
        let (body, _) = split("## Cycles d'innovation\n\n   \n## Dynamique d'innovation\nx")
        #expect(body.hasProse(.cycles) == false)
        #expect(body.hasProse(.dynamique))
    }
}

@Suite struct TypographyTests {
    @Test(arguments: [
        ("Vraiment ?", "Vraiment\u{202F}?"),
        ("Vraiment?", "Vraiment\u{202F}?"),
        ("Attention !", "Attention\u{202F}!"),
        ("deux points : ici", "deux points\u{202F}: ici"),
        ("un ; deux", "un\u{202F}; deux"),
        ("« Bonjour »", "«\u{202F}Bonjour\u{202F}»"),
        ("«Bonjour»", "«\u{202F}Bonjour\u{202F}»"),
        ("déjà\u{202F}: fait", "déjà\u{202F}: fait"),
        ("10:30", "10:30"),
        ("https://exemple.fr/?q=1", "https://exemple.fr/?q=1"),
        ("note:", "note:"),
    ])
    func frenchSpacing(input: String, expected: String) {
        #expect(FrenchTypography.apply(input) == expected)
    }

    @Test func notInsideCodeOrURLs() {
        let html = Markdown(options: MarkdownOptions()).block("Un `a : b` et [lien ?](https://x.fr/a?b=1:2) « cité » !\n\n```\nx ; y\n```\n")
        #expect(html == "<p>Un <code>a : b</code> et <a href=\"https://x.fr/a?b=1:2\">lien\u{202F}?</a> «\u{202F}cité\u{202F}»\u{202F}!</p>\n<pre><code>x ; y\n</code></pre>\n")
    }

    @Test func acrossTextNodes() {
        // libcmark splits text before "!" (a possible image); the space before it is still replaced.
        let html = Markdown(options: MarkdownOptions()).inline("Bravo !")
        #expect(html == "Bravo\u{202F}!")
    }

    @Test func rawHTMLDroppedAndScriptLinksNeutralised() {
        let safe = Markdown(options: MarkdownOptions(allowRawHTML: false))
        #expect(safe.inline("a <b>gras</b> [x](javascript:alert(1))") == "a <!-- raw HTML omitted -->gras<!-- raw HTML omitted --> <a href=\"\">x</a>")
        let raw = Markdown(options: MarkdownOptions(allowRawHTML: true))
        #expect(raw.inline("a <b>gras</b> [x](JavaScript:alert(1))") == "a <b>gras</b> <a href=\"\">x</a>")
    }
}

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

/// The quick fold used for sort keys gives what Foundation's folding gives.
@Suite struct SortKeyTests {
    @Test func quickFoldMatchesFoundation() {
        let names = ["Familles Rurales", "Fédération Addiction", "Union ADMR", "UNIOPSS", "L’Âge d’or", "Éducation & Cie",
                     "Ça déménage", "Œuvre", "Naïve Noël", "Ñandú", "Château-Gontier", "ÿ", "Zoé 12"]
        for name in names {
            if let quick = Text.quickFold(name) {
                #expect(quick == Text.foldedForComparison(name), "\(name)")
            } else {
                #expect(name.unicodeScalars.contains { !$0.isASCII && $0 != "’" }, "\(name)")
            }
        }
        #expect(Text.quickFold("Œuvre") == nil)
        #expect(Text.frenchSortKey("Œuvre") == Text.foldedForComparison("Œuvre"))
    }
}
