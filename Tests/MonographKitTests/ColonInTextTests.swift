import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// A text holding « : » followed by a space, left unquoted, gets one message saying what happened and
/// the line to write instead, at the text's place, wherever a text was expected.
@Suite struct ColonInTextTests {
    static let advice = "ce texte contient « : » suivi d’une espace, ce qui en fait un dictionnaire YAML : mettez tout le texte entre guillemets : "

    @Test func actionWithAColonGetsOneMessage() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                pratiques:
                  - echelon: national
                    fonction: ingenierie
                    actions:
                      - Des acteurs publics : élus locaux et services
                """)
        ])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:9:9: error: " + Self.advice + "- \"Des acteurs publics : élus locaux et services\""
            ])
    }

    static let lists: [(frontMatter: String, expected: String)] = [
        (
            "perspectives:\n  - Un point clé : la transmission",
            "Content/reseaux/gamma.md:6:5: error: " + advice + "- \"Un point clé : la transmission\""
        ),
        (
            "modele_socio_economique:\n  financements:\n    - Subventions publiques : 60 %",
            "Content/reseaux/gamma.md:7:7: error: " + advice + "- \"Subventions publiques : 60 %\""
        ),
        (
            "modele_socio_economique:\n  partenariats:\n    - État : conventions pluriannuelles",
            "Content/reseaux/gamma.md:7:7: error: " + advice + "- \"État : conventions pluriannuelles\""
        ),
        (
            "modele_socio_economique:\n  richesses_humaines:\n    - Bénévoles : 2 000 dans les fédérations",
            "Content/reseaux/gamma.md:7:7: error: " + advice + "- \"Bénévoles : 2 000 dans les fédérations\""
        ),
        (
            "pratiques:\n  - echelon: national\n    fonction: ingenierie\n    actions:\n      - objectif : former les bénévoles",
            "Content/reseaux/gamma.md:9:9: error: " + advice + "- \"objectif : former les bénévoles\""
        ),
    ]

    @Test(arguments: lists)
    func listItemWithAColonGetsOneMessage(frontMatter: String, expected: String) throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph(frontMatter)])
        #expect(site.diagnostics() == [expected])
    }

    @Test func textEndingWithAColon() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("perspectives:\n  - Trois chantiers :")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:6:5: error: ce texte se termine par « : », ce qui en fait un dictionnaire YAML :"
                    + " mettez tout le texte entre guillemets : - \"Trois chantiers :\""
            ])
    }

    @Test func fieldWithAColonOnTheNextLine() throws {
        let site = try TemporarySite(["reseaux/gamma.md": "---\nnom: Gamma\ntitre: T\ndomaine:\n  Accompagnement : familles\n---\n"])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:5:3: error: " + Self.advice + "domaine: \"Accompagnement : familles\""
            ])
    }

    @Test func fieldWithAColonOnItsLine() throws {
        let site = try TemporarySite(["reseaux/gamma.md": "---\nnom: Gamma\ntitre: T\ndomaine: Accompagnement : familles\n---\n"])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:4:10: error: ce texte contient « : » suivi d’une espace, que YAML lit comme une clé :"
                    + " mettez tout le texte entre guillemets : domaine: \"Accompagnement : familles\""
            ])
    }

    @Test func listItemWithTwoColons() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("perspectives:\n  - Objectif : former : les élus")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:6:5: error: ce texte contient « : » suivi d’une espace, que YAML lit comme une clé :"
                    + " mettez tout le texte entre guillemets : - \"Objectif : former : les élus\""
            ])
    }

    @Test func actionTextWithAColon() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                pratiques:
                  - echelon: national
                    fonction: ingenierie
                    actions:
                      - texte: Portage : en phase "pilote"
                        phases: [emergence]
                """)
        ])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:9:16: error: ce texte contient « : » suivi d’une espace, que YAML lit comme une clé :"
                    + " mettez tout le texte entre guillemets : - texte: \"Portage : en phase \\\"pilote\\\"\""
            ])
    }

    @Test func textAfterWhichAYAMLCommentStandsIsRebuiltFromItsParts() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("perspectives:\n  - Acteurs: élus # à préciser")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:6:5: error: " + Self.advice + "- \"Acteurs : élus\""
            ])
    }

    @Test func misspeltKeyOfAnActionIsStillAnUnknownKey() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                pratiques:
                  - echelon: national
                    fonction: ingenierie
                    actions:
                      - text: Portage
                """)
        ])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:9:9: error: clé inconnue « text » dans une action ; vouliez-vous dire « texte » ?",
                "Content/reseaux/gamma.md:9:9: error: clé obligatoire « texte » absente d’une action",
            ])
    }

    @Test func quotedTextWithAColonIsAccepted() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("perspectives:\n  - \"Un point : important\"\n  - 'Un autre : aussi'")])
        #expect(site.diagnostics() == [])
    }
}
