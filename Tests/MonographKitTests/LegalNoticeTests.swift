import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The legal notice (FORMAT §9): `mentions-legales/` from `site.yml`, a warning for each field left out,
/// and a link from every footer.
@Suite struct LegalNoticeTests {
    static let complete = """
        mentions_legales:
          association: Les <Amis> & "Cie"
          siege: 1 rue de la Paix, 75002 Paris
          telephone: 01 23 45 67 89
          directeur_publication: Camille Martin
          rna: W751234567
          hebergeur:
            nom: Hébergeur SAS
            adresse: 2 rue du Port, 59100 Roubaix
            telephone: 09 87 65 43 21

        """

    static func site(_ yaml: String) throws -> TemporarySite {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + yaml)
        return site
    }

    static func page(_ site: TemporarySite) throws -> String {
        let files = try site.builder().render().get()
        return String(decoding: try #require(files["mentions-legales/index.html"]), as: UTF8.self)
    }

    @Test func aCompleteNoticeIsShownEscapedWithoutWarning() throws {
        let site = try Self.site(Self.complete)
        #expect(try site.load().settings.warnings.isEmpty)
        let page = try Self.page(site)
        #expect(page.contains("<dd>Les &lt;Amis&gt; &amp; &quot;Cie&quot;</dd>"))
        #expect(page.contains("<dd>Camille Martin</dd>") && page.contains("<dd>W751234567</dd>") && page.contains("<dd>Hébergeur SAS</dd>"))
        #expect(!page.contains("non renseigné"))
        #expect(!page.contains("SIREN"))
    }

    @Test func eachMissingFieldIsAWarningAndTheNoticeSaysSo() throws {
        let site = try TemporarySite()
        let warnings = try site.load().settings.warnings.map(\.description)
        #expect(
            warnings == [
                "Content/site.yml: warning: mentions légales incomplètes : « mentions_legales.association » (le nom de l’association qui publie le site) n’est pas renseigné ; la page des mentions légales le dit",
                "Content/site.yml: warning: mentions légales incomplètes : « mentions_legales.siege » (l’adresse du siège social de l’association) n’est pas renseigné ; la page des mentions légales le dit",
                "Content/site.yml: warning: mentions légales incomplètes : « mentions_legales.telephone » (le téléphone de l’association) n’est pas renseigné ; la page des mentions légales le dit",
                "Content/site.yml: warning: mentions légales incomplètes : « mentions_legales.directeur_publication » (le nom du directeur ou de la directrice de la publication) n’est pas renseigné ; la page des mentions légales le dit",
                "Content/site.yml: warning: mentions légales incomplètes : « mentions_legales.hebergeur » (le nom, l’adresse et le téléphone de l’hébergeur) n’est pas renseigné ; la page des mentions légales le dit",
            ])
        let page = try Self.page(site)
        #expect(page.components(separatedBy: "<dd><em class=\"non-renseigne\">non renseigné</em></dd>").count == 8)
        #expect(page.contains(french("Les informations marquées « non renseigné » ne sont pas encore publiées")))
    }

    @Test func aFieldMissingFromAGivenMappingIsWarnedAtItsLine() throws {
        let site = try Self.site(
            """
            mentions_legales:
              association: Réseau
              siege: Paris
              telephone: "0123456789"
              directeur_publication: Camille Martin
              hebergeur:
                nom: Hébergeur SAS
                telephone:

            """)
        let warnings = try site.load().settings.warnings.map(\.description)
        #expect(
            warnings == [
                "Content/site.yml:8:3: warning: mentions légales incomplètes : « mentions_legales.hebergeur.adresse » (l’adresse de l’hébergeur) n’est pas renseigné ; la page des mentions légales le dit",
                "Content/site.yml:10:5: warning: mentions légales incomplètes : « mentions_legales.hebergeur.telephone » (le téléphone de l’hébergeur) n’est pas renseigné ; la page des mentions légales le dit",
            ])
        let page = try Self.page(site)
        #expect(page.contains("<dd>0123456789</dd>"))
        #expect(page.components(separatedBy: "non renseigné</em>").count == 3)
    }

    @Test(arguments: [
        (
            "mentions_legales:\n  - association: Réseau\n",
            "Content/site.yml:4:3: error: « mentions_legales » doit être un dictionnaire de clés (« clé: valeur »), pas une liste"
        ),
        (
            "mentions_legales:\n  hebergeur: [OVH]\n",
            "Content/site.yml:4:14: error: « hebergeur » doit être un dictionnaire de clés (« clé: valeur »), pas une liste"
        ),
        (
            "mentions_legales:\n  siège: Paris\n",
            "Content/site.yml:4:3: error: clé inconnue « siège » dans « mentions_legales » ; vouliez-vous dire « siege » ?"
        ),
    ])
    func anInvalidTypeIsAnErrorAtItsPlace(yaml: String, expected: String) throws {
        let site = try Self.site(yaml)
        #expect(site.diagnostics() == [expected])
    }

    @Test func everyFooterAndThePlanLinkTheNotice() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(html.contains("<a href=\"\(root)mentions-legales/index.html\">Mentions légales</a>"), "\(path)")
        }
    }

    @Test func aBuildReportsTheWarnings() throws {
        let site = try TemporarySite()
        let report = try site.builder().build(projectRoot: site.root)
        #expect(report.warnings.count == 5)
        let written = try String(contentsOf: site.output.appendingPathComponent("mentions-legales/index.html"), encoding: .utf8)
        #expect(written.contains("<h1>Mentions légales</h1>"))
    }
}
