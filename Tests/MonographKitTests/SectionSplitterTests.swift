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
