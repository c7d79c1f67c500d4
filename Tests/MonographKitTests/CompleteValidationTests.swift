import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Every key of every mapping is checked in one pass, even in a mapping that lacks a required key
/// or holds an invalid value: one build shows every error of an item.
@Suite struct CompleteValidationTests {
    @Test func cycleWithoutTitleStillReportsItsOtherKeys() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                cycles:
                  - debut: 1945
                    approximatif: oui
                    natures: [inventon]
                    couleur: bleue
                """)
        ])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:6:5: error: clé obligatoire « titre » absente d’un cycle",
                "Content/reseaux/gamma.md:7:19: error: « approximatif » doit valoir true ou false, pas « oui »",
                "Content/reseaux/gamma.md:8:15: error: nature inconnue « inventon » ; vouliez-vous dire « invention » ?"
                    + " (valeurs possibles : invention, extension, transformation, optimisation)",
                "Content/reseaux/gamma.md:9:5: error: clé inconnue « couleur » dans un cycle",
            ])
    }

    @Test func cycleWithAnInvalidStartStillReportsItsOtherKeys() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                cycles:
                  - debut: vers 1945
                    titre: Premiers pas
                    natures: [extention]
                """)
        ])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:6:12: error: « debut » doit être un nombre entier (par exemple 1945), pas « vers 1945 »",
                "Content/reseaux/gamma.md:8:15: error: nature inconnue « extention » ; vouliez-vous dire « extension » ?"
                    + " (valeurs possibles : invention, extension, transformation, optimisation)",
            ])
    }

    @Test func actionWithoutTextStillReportsItsPhases() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                pratiques:
                  - echelon: national
                    fonction: ingenierie
                    actions:
                      - phases: [experimentaton]
                """)
        ])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:9:9: error: clé obligatoire « texte » absente d’une action",
                "Content/reseaux/gamma.md:9:18: error: phase inconnue « experimentaton » ; vouliez-vous dire « experimentation » ?"
                    + " (valeurs possibles : emergence, experimentation, modelisation, diffusion, deploiement)",
            ])
    }

    @Test func practiceWithoutLevelStillReportsItsFunctionAndActions() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                pratiques:
                  - fonction: plaidoyé
                    intensite: 3
                    actions:
                      - texte: Une action
                        phases: [diffusionn]
                """)
        ])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:6:5: error: clé obligatoire « echelon » absente d’une pratique",
                "Content/reseaux/gamma.md:6:15: error: fonction inconnue « plaidoyé » ; vouliez-vous dire « plaidoyer » ?"
                    + " (valeurs possibles : mise-en-reseau, ingenierie, pilotage-de-projets, accompagnement-personnalise, plaidoyer, fonction-operateur)",
                "Content/reseaux/gamma.md:7:16: error: « intensite » doit être compris entre 1 et 2, pas 3",
                "Content/reseaux/gamma.md:10:18: error: phase inconnue « diffusionn » ; vouliez-vous dire « diffusion » ?"
                    + " (valeurs possibles : emergence, experimentation, modelisation, diffusion, deploiement)",
            ])
    }

    @Test func innovationAndHumanResourceWithoutTheirTextStillReportTheirIds() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                cycles:
                  - debut: 1950
                    titre: Un cycle
                    innovations:
                      - types: [technologie]
                modele_socio_economique:
                  richesses_humaines:
                    - echelon: locale
                """)
        ])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:9:9: error: clé obligatoire « nom » absente d’une innovation",
                "Content/reseaux/gamma.md:9:17: error: type inconnu « technologie » ; vouliez-vous dire « technologique » ?"
                    + " (valeurs possibles : solutions, accessibilite-distribution, organisation-gouvernance, modele-socioeconomique, technologique)",
                "Content/reseaux/gamma.md:12:7: error: clé obligatoire « texte » absente d’une richesse humaine",
                "Content/reseaux/gamma.md:12:16: error: échelon inconnu « locale » ; vouliez-vous dire « local » ?"
                    + " (valeurs possibles : national, regional, departemental, local)",
            ])
    }

    @Test func referentielItemWithoutLabelStillReportsItsOtherKeys() throws {
        let site = try TemporarySite(
            [
                "site.yml": "titre: Essai\n",
                "referentiel.yml": """
                fonctions: [{id: plaidoyer, libelle: Plaidoyer}]
                natures:
                  - {id: Invention, objet: solution, logique: nouveaute, couleur: bleu}
                phases: [{id: emergence, libelle: Émergence}]
                echelons: [{id: national, libelle: National}]
                types: [{id: solutions, libelle: Solutions}]
                """,
            ], copying: nil)
        #expect(
            site.diagnostics() == [
                "Content/referentiel.yml:3:5: error: clé obligatoire « libelle » absente d’un élément de « natures »",
                "Content/referentiel.yml:3:10: error: identifiant « Invention » invalide : minuscules sans accents, chiffres et tirets",
                "Content/referentiel.yml:3:28: error: objet inconnu « solution » ; vouliez-vous dire « solutions » ? (valeurs possibles : solutions, processus)",
                "Content/referentiel.yml:3:58: error: clé inconnue « couleur » dans un élément de « natures »",
            ])
    }
}
