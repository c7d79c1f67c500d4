import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

@Suite struct SectionSplitterTests {
    private func split(_ text: String, firstLine: Int = 10) -> (SectionedBody, [Diagnostic]) {
        var bag = DiagnosticBag()
        let body = SectionedBody.split(MarkdownSource(text: text, firstLine: firstLine), file: "f.md", options: MarkdownOptions(), bag: &bag)
        return (body, bag.diagnostics)
    }

    @Test func leadAndSectionsFromOneParse() {
        let (body, diagnostics) = split(
            "Le chapeau.\n\n## Dynamique d'innovation\nPremier.\n\n### Détail\nSuite.\n\n```vue phases\n```\n\n## points cles et perspectives\nFin.\n"
        )
        #expect(diagnostics.isEmpty)
        #expect(body.lead?.html == "<p>Le chapeau.</p>\n")
        #expect(body.sections[.dynamique]?.html == "<p>Premier.</p>\n<h3>Détail</h3>\n<p>Suite.</p>\n<p>\u{E000}0\u{E001}</p>\n")
        #expect(body.sections[.dynamique]?.views == ["phases"])
        #expect(body.sections[.perspectives]?.html == "<p>Fin.</p>\n")
        #expect(body.sections[.cycles] == nil)
        // The view block at its line in the file (the body starts on line 10).
        #expect(body.views.map(\.line) == [18])
    }

    /// Each section rendered from the one parse of the body is what its text alone gives.
    @Test func eachSectionAsItsOwnTextWouldRender() {
        let sections = [
            "Un *texte* : avec « guillemets ».\n\n- une liste\n- suivie\n", "> Citation\n\n1. un\n2. deux\n",
            "Dernier [lien](https://exemple.org).\n",
        ]
        let headings = ["Dynamique d'innovation", "Cycles d'innovation", "Points clés et perspectives"]
        let (body, _) = split(zip(headings, sections).map { "## \($0)\n\($1)" }.joined(separator: "\n"))
        for (section, text) in zip([SectionID.dynamique, .cycles, .perspectives], sections) {
            #expect(body.sections[section]?.html == Markdown(options: MarkdownOptions()).block(text))
        }
    }

    /// A level-1 heading would leave its section's prose under the section before it: it is an error at its line.
    @Test func levelOneHeadingIsReportedWithTheHeadingToWrite() {
        let (_, diagnostics) = split("Le chapeau.\n\n# Cycles d’innovation\nTexte.\n\nAutre titre\n===\nSuite.\n")
        #expect(
            diagnostics.map(\.description) == [
                "f.md:12:1: error: titre de niveau 1 : les titres de section s’écrivent avec « ## » : ## Cycles d’innovation",
                "f.md:15:1: error: titre de niveau 1 « Autre titre » : la page a déjà son titre ; écrivez un titre de section avec « ## »"
                    + " (titres acceptés : Carte d’identité, Dynamique d’innovation, Cycles d’innovation, Pratiques au service de l’innovation,"
                    + " Modèle socio-économique, Points clés et perspectives), un intertitre avec « ### »",
            ])
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
        #expect(body.sections[.cycles]?.html == "<pre><code>## Pas un titre\n</code></pre>\n<blockquote>\n<h2>Citation</h2>\n</blockquote>\n")
    }

    @Test func setextHeadingsCount() {
        let (body, diagnostics) = split("Dynamique d'innovation\n---\nTexte.\n")
        #expect(diagnostics.isEmpty)
        #expect(body.sections[.dynamique]?.html == "<p>Texte.</p>\n")
        #expect(body.lead == nil)
    }

    @Test func emptySectionHasNoProse() {
        let (body, _) = split("## Cycles d'innovation\n\n   \n## Dynamique d'innovation\nx")
        #expect(body.hasProse(.cycles) == false)
        #expect(body.hasProse(.dynamique))
    }
}

/// The anchors of a booklet or synthesis page's level-2 headings.
@Suite struct PageHeadingTests {
    /// A heading's words are read as the two patterns `<[^>]*>` (removed) then `&#?[a-zA-Z0-9]+;` (a
    /// space) read them: compared here with those very patterns on awkward headings.
    @Test(arguments: [
        "Les <em>quatre</em> enseignements", "R&amp;D &#39;ici&#39; &amp", "&&amp;x", "&#;a", "&#a#b;", "a &#x27; b",
        "<a href=\"x\">lien</a> <code>a &lt; b</code>", "sans fin <em", "x > y < z", "é&eacute;è", "", "<br>",
    ])
    func aHeadingsWordsAreItsTextWithoutTagsNorReferences(html: String) {
        let expected = html.replacing(#/<[^>]*>/#, with: "").replacing(#/&#?[a-zA-Z0-9]+;/#, with: " ")
        #expect(PageBody.words(ofHeading: html) == expected)
    }

    @Test func eachHeadingHasAUniqueAnchorAndTheRestIsUntouched() {
        let html = "<p>Avant &lt;h2&gt;</p>\n<h2>Les <em>points</em> clés</h2>\n<p>x</p>\n<h2>Les points clés</h2>\n<h2>2021</h2>\n<h2></h2>\nfin"
        let (anchored, headings) = PageBody.anchoringHeadings(html)
        #expect(headings.map(\.id) == ["les-points-cles", "les-points-cles-2", "partie-2021", "partie"])
        #expect(headings.first?.html == "Les <em>points</em> clés")
        #expect(anchored.hasPrefix("<p>Avant &lt;h2&gt;</p>\n<h2 id=\"les-points-cles\">Les <em>points</em> clés</h2>"))
        #expect(anchored.hasSuffix("<h2 id=\"partie\"></h2>\nfin"))
        #expect(PageBody.anchoringHeadings("<p>sans titre</p>").0 == "<p>sans titre</p>")
    }
}
