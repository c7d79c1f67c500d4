import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The accessibility statement (FORMAT §9): the form RGAA 4.1 requires, from `site.yml`'s `accessibilite`,
/// and the status in every footer.
@Suite struct AccessibilityStatementTests {
    static func files(_ yaml: String = "") throws -> [String: Data] {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + yaml)
        return try site.builder().render().get()
    }

    static func text(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path]), as: UTF8.self)
    }

    @Test func withoutAnAuditTheSiteIsDeclaredNotConforming() throws {
        let files = try Self.files()
        let page = try Self.text(files, "accessibilite/index.html")
        #expect(page.contains("<h1>Déclaration d’accessibilité</h1>"))
        #expect(page.contains("est <strong>non conforme</strong> avec le RGAA 4.1"))
        #expect(page.contains(french("Aucun audit complet n’a encore été mené : sans ses résultats")))
        #expect(page.contains("Un audit manuel complet, sur chacun des 106 critères listés plus bas, reste à mener."))
        #expect(page.contains("<a href=\"https://formulaire.defenseurdesdroits.fr/\">formulaire en ligne</a>"))
        #expect(page.contains("Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07."))
        #expect(!page.contains("Schéma pluriannuel"))
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            #expect(String(decoding: data, as: UTF8.self).contains(french("Accessibilité : non conforme") + "</a>"), "\(path)")
        }
    }

    @Test func theConfiguredStatementIsShownEscaped() throws {
        let files = try Self.files(
            """
            accessibilite:
              etat: partiellement-conforme
              date_audit: 2026-03-01
              contenus_non_accessibles:
                - "Le graphique <svg> des phases & ses couleurs"
              derogations:
                - Les fac-similés du livret
              schema_pluriannuel: https://exemple.org/schema?a=1&b=2

            """)
        let page = try Self.text(files, "accessibilite/index.html")
        #expect(page.contains("est <strong>partiellement conforme</strong>"))
        #expect(page.contains("Le dernier audit de ce site date du 1er mars 2026."))
        #expect(page.contains("<li>Le graphique &lt;svg&gt; des phases &amp; ses couleurs</li>"))
        #expect(page.contains("<li>Les fac-similés du livret</li>"))
        #expect(page.contains("<a href=\"https://exemple.org/schema?a=1&amp;b=2\">schéma pluriannuel de mise en accessibilité</a>"))
        #expect(!page.contains("reste à mener") && !page.contains("Aucun audit complet"))
        #expect(try Self.text(files, "index.html").contains(french("Accessibilité : partiellement conforme") + "</a>"))
        // The list the audit reads back is still whole (tools/audit/rgaa.py).
        #expect(page.components(separatedBy: "<li data-rgaa=\"").count == 107)
    }

    @Test(arguments: [
        (
            "accessibilite:\n  etat: conforme\n",
            "Content/site.yml:4:9: error: état « conforme » inconnu ; vouliez-vous dire « non-conforme » ? "
                + "(valeurs possibles : totalement-conforme, partiellement-conforme, non-conforme)"
        ),
        (
            "accessibilite:\n  date_audit: 03/12/2026\n",
            "Content/site.yml:4:15: error: date « 03/12/2026 » invalide : « date_audit » s’écrit AAAA-MM-JJ, par exemple « 2026-11-30 »"
        ),
        (
            "accessibilite:\n  schema_pluriannuel: schema.pdf\n",
            "Content/site.yml:4:23: error: adresse « schema.pdf » invalide : « schema_pluriannuel » est l’adresse absolue du schéma "
                + "pluriannuel, par exemple « https://exemple.org/accessibilite/schema.pdf »"
        ),
        (
            "accessibilite:\n  derogations: Les cartes\n",
            "Content/site.yml:4:16: error: « derogations » doit être une liste (une ligne « - … » par élément), pas un texte"
        ),
        (
            "accessibilite: [non-conforme]\n",
            "Content/site.yml:3:16: error: « accessibilite » doit être un dictionnaire de clés (« clé: valeur »), pas une liste"
        ),
    ])
    func aWrongValueIsAnErrorAtItsPlace(yaml: String, expected: String) throws {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + yaml)
        #expect(site.diagnostics() == [expected])
    }

    @Test func datesAreSpelledTheFrenchWay() {
        #expect(Format.date("2026-12-03") == "3 décembre 2026")
        #expect(Format.date("2021-03-01") == "1er mars 2021")
    }
}
