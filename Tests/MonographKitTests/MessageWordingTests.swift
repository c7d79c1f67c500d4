import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Messages to writers read as proper French: adjectives agree, « de » is elided, counts agree with their noun.
@Suite struct MessageWordingTests {
    static let unknownIds: [(frontMatter: String, expected: String)] = [
        (
            "pratiques:\n  - echelon: national\n    fonction: ingenieri",
            "Content/reseaux/gamma.md:7:15: error: fonction inconnue « ingenieri » ; vouliez-vous dire « ingenierie » ?"
                + " (valeurs possibles : mise-en-reseau, ingenierie, pilotage-de-projets, accompagnement-personnalise, plaidoyer, fonction-operateur)"
        ),
        (
            "pratiques:\n  - echelon: nationnal\n    fonction: ingenierie",
            "Content/reseaux/gamma.md:6:14: error: échelon inconnu « nationnal » ; vouliez-vous dire « national » ?"
                + " (valeurs possibles : national, regional, departemental, local)"
        ),
        (
            "dynamique:\n  natures: [inventon]",
            "Content/reseaux/gamma.md:6:13: error: nature inconnue « inventon » ; vouliez-vous dire « invention » ?"
                + " (valeurs possibles : invention, extension, transformation, optimisation)"
        ),
        (
            "cycles:\n  - debut: 1950\n    titre: T\n    innovations:\n      - nom: N\n        phase: emergense",
            "Content/reseaux/gamma.md:10:16: error: phase inconnue « emergense » ; vouliez-vous dire « emergence » ?"
                + " (valeurs possibles : emergence, experimentation, modelisation, diffusion, deploiement)"
        ),
        (
            "cycles:\n  - debut: 1950\n    titre: T\n    innovations:\n      - nom: N\n        types: [solution]",
            "Content/reseaux/gamma.md:10:17: error: type inconnu « solution » ; vouliez-vous dire « solutions » ?"
                + " (valeurs possibles : solutions, accessibilite-distribution, organisation-gouvernance, modele-socioeconomique, technologique)"
        ),
    ]

    @Test(arguments: unknownIds)
    func unknownIdAgreesWithItsNoun(frontMatter: String, expected: String) throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph(frontMatter)])
        #expect(site.diagnostics() == [expected])
    }

    static let missingKeys: [(frontMatter: String, expected: String)] = [
        (
            "pratiques:\n  - echelon: national\n    fonction: ingenierie\n    actions:\n      - phases: [emergence]",
            "Content/reseaux/gamma.md:9:9: error: clé obligatoire « texte » absente d’une action"
        ),
        (
            "cycles:\n  - debut: 1950",
            "Content/reseaux/gamma.md:6:5: error: clé obligatoire « titre » absente d’un cycle"
        ),
        (
            "cycles:\n  - debut: 1950\n    titre: T\n    innovations:\n      - description: D",
            "Content/reseaux/gamma.md:9:9: error: clé obligatoire « nom » absente d’une innovation"
        ),
        (
            "modele_socio_economique:\n  richesses_humaines:\n    - echelon: national",
            "Content/reseaux/gamma.md:7:7: error: clé obligatoire « texte » absente d’une richesse humaine"
        ),
        (
            "pratiques:\n  - echelon: national",
            "Content/reseaux/gamma.md:6:5: error: clé obligatoire « fonction » absente d’une pratique"
        ),
    ]

    @Test(arguments: missingKeys)
    func missingKeyNamesItsPlaceWithElision(frontMatter: String, expected: String) throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph(frontMatter)])
        #expect(site.diagnostics() == [expected])
    }

    @Test func missingKeyInAReferentielItem() throws {
        let site = try TemporarySite(
            [
                "referentiel.yml": """
                fonctions: [{id: plaidoyer, libelle: Plaidoyer}]
                natures: [{id: invention, libelle: Invention, objet: solutions}]
                phases: [{id: emergence, libelle: Émergence}]
                echelons: [{id: national, libelle: National}]
                types: [{id: solutions, libelle: Solutions}]
                """
            ], copying: nil)
        #expect(
            site.diagnostics().contains(
                "Content/referentiel.yml:2:11: error: clé obligatoire « logique » absente d’un élément de « natures »"))
    }

    @Test(arguments: [
        ("un cycle", "d’un cycle"), ("une action", "d’une action"), ("la monographie", "de la monographie"),
        ("le site", "du site"), ("les pages", "des pages"), ("« identite »", "de « identite »"),
        ("site.yml", "de site.yml"), ("élément", "d’élément"),
    ])
    func deIsElidedOrContracted(noun: String, expected: String) {
        #expect(Text.de(noun) == expected)
    }

    @Test func countsAgreeAndGroupThousands() {
        #expect(Format.count(0, "erreur", "erreurs") == "0 erreur")
        #expect(Format.count(1, "erreur", "erreurs") == "1 erreur")
        #expect(Format.count(2, "erreur", "erreurs") == "2 erreurs")
        #expect(Format.count(2000, "erreur", "erreurs") == "2\u{202F}000 erreurs")
        #expect(Format.count(1, "page du livret", "pages du livret") == "1 page du livret")
        #expect(Format.count(7, "monographie", "monographies") == "7 monographies")
    }

    @Test func completenessTableCountsAgree() throws {
        let site = try TemporarySite().load()
        let first = CompletenessTable.render(site).split(separator: "\n").first.map(String.init)
        #expect(first == "Contenu valide : 2 monographies, 1 page du livret, la synthèse.")
    }

    @Test func largeBoundsAreGroupedByThousandsAndYearsAreNot() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("identite:\n  creation: 99999\n  salaries_tdr: 200000000")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:6:13: error: « creation » doit être compris entre 1000 et 9999, pas 99999",
                "Content/reseaux/gamma.md:7:17: error: « salaries_tdr » doit être compris entre 0 et 100\u{202F}000\u{202F}000, pas 200\u{202F}000\u{202F}000",
            ])
    }

    @Test func eachDuplicateKeyIsReportedAtTheDuplicate() throws {
        let site = try TemporarySite(["reseaux/gamma.md": "---\nnom: A\nnom: B\ntitre: T\ntitre: U\ndomaine: D\n---\n"])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:3:1: error: clé « nom » en double : elle est déjà donnée ligne 2 ; gardez une seule des deux lignes",
                "Content/reseaux/gamma.md:5:1: error: clé « titre » en double : elle est déjà donnée ligne 4 ; gardez une seule des deux lignes",
            ])
    }
}
