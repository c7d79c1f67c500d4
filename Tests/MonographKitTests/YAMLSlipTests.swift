import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// A YAML slip is reported at its own line, with its cause and its fix, not where libyaml gave up.
@Suite struct YAMLSlipTests {
    static let slips: [(frontMatter: String, expected: [String])] = [
        (
            "identite:\n\ttype: Tête de réseau\n\tcreation: 1922",
            [
                "Content/reseaux/gamma.md:6:1: error: tabulation dans l’indentation : les métadonnées n’acceptent pas les tabulations ; indentez avec des espaces",
                "Content/reseaux/gamma.md:7:1: error: tabulation dans l’indentation : les métadonnées n’acceptent pas les tabulations ; indentez avec des espaces",
            ]
        ),
        (
            "identite:\n  type: X\n \tcreation: 1922",
            [
                "Content/reseaux/gamma.md:7:2: error: tabulation dans l’indentation : les métadonnées n’acceptent pas les tabulations ; indentez avec des espaces"
            ]
        ),
        (
            "identite:\n  type: X\n  budget:6 M€\n  adherents: 3\n  creation: 1922",
            [
                "Content/reseaux/gamma.md:7:10: error: ajoutez une espace après « : », sans quoi YAML ne lit pas « budget » comme une clé : budget: 6 M€"
            ]
        ),
        (
            "identite:\n  type:Tête de réseau\n  creation: 1922",
            [
                "Content/reseaux/gamma.md:6:8: error: ajoutez une espace après « : », sans quoi YAML ne lit pas « type » comme une clé : type: Tête de réseau"
            ]
        ),
        (
            // Without a syntax error: the action would silently be the text « texte:Portage ».
            "pratiques:\n  - echelon: national\n    fonction: plaidoyer\n    actions:\n      - texte:Portage de projets",
            [
                "Content/reseaux/gamma.md:9:15: error: ajoutez une espace après « : », sans quoi YAML ne lit pas « texte » comme une clé : - texte: Portage de projets"
            ]
        ),
        (
            "identite:\n   type: X\n  creation: 1922",
            [
                "Content/reseaux/gamma.md:6:4: error: indentation de 3 espaces, mais de 2 espaces à la ligne 7 : les clés d’un même dictionnaire s’alignent ; indentez cette ligne de 2 espaces"
            ]
        ),
        (
            "identite:\n  type: X\n   creation: 1922",
            [
                "Content/reseaux/gamma.md:7:4: error: indentation de 3 espaces sous la ligne 6, qui n’ouvre ni liste ni dictionnaire : indentez cette ligne de 2 espaces, comme la ligne 6"
            ]
        ),
        (
            "perspectives:\n  - a\n - b",
            [
                "Content/reseaux/gamma.md:7:2: error: indentation de 1 espace, mais de 2 espaces à la ligne 6 : les tirets d’une même liste s’alignent ; indentez cette ligne de 2 espaces"
            ]
        ),
        (
            "pratiques:\n  - echelon: national\n    fonction: plaidoyer\n    actions:\n    - Un\n     - Deux: trois",
            [
                "Content/reseaux/gamma.md:10:6: error: indentation de 5 espaces sous la ligne 9, qui n’ouvre ni liste ni dictionnaire : indentez cette ligne de 4 espaces, comme la ligne 9"
            ]
        ),
        (
            "missions: \"jamais fermé\nperspectives: [a]",
            ["Content/reseaux/gamma.md:5:11: error: texte ouvert par « \" » mais jamais fermé : ajoutez « \" » à la fin du texte"]
        ),
        (
            "missions: 'l'eau potable'",
            [
                "Content/reseaux/gamma.md:5:13: error: apostrophe dans un texte entre apostrophes, qui termine le texte pour YAML : mettez le texte entre guillemets droits : missions: \"l'eau potable\""
            ]
        ),
        (
            "missions: \"le projet \"Eau\" pour tous\"",
            [
                "Content/reseaux/gamma.md:5:22: error: guillemets droits à l’intérieur d’un texte entre guillemets droits, qui terminent le texte pour YAML : écrivez les guillemets intérieurs « » : missions: \"le projet « Eau » pour tous\""
            ]
        ),
        (
            "identite:\n  type: X\n  creation: 1922\n  type: Y",
            ["Content/reseaux/gamma.md:8:3: error: clé « type » en double : elle est déjà donnée ligne 6 ; gardez une seule des deux lignes"]
        ),
        (
            "pratiques:\n  - echelon: national\n    fonction: plaidoyer\n  - echelon: national\n    fonction: plaidoyer\n    echelon: local",
            ["Content/reseaux/gamma.md:10:5: error: clé « echelon » en double : elle est déjà donnée ligne 8 ; gardez une seule des deux lignes"]
        ),
        (
            "nom: Gamma bis",
            ["Content/reseaux/gamma.md:5:1: error: clé « nom » en double : elle est déjà donnée ligne 2 ; gardez une seule des deux lignes"]
        ),
    ]

    @Test(arguments: slips)
    func slipIsReportedAtItsLineWithItsFix(frontMatter: String, expected: [String]) throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph(frontMatter)])
        #expect(site.diagnostics() == expected)
    }

    /// A text with « : » not followed by a space, such as an address, is not a key glued to its value.
    @Test func addressesAndTimesAreNotSlips() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("perspectives:\n  - http://exemple.org\n  - Réunion à 10:30")])
        #expect(site.diagnostics() == [])
    }
}
