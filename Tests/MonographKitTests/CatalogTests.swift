import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The DCAT-AP catalog of the open data (FORMAT §9), read back by rdflib, a JSON-LD parser that is not ours,
/// and queried with SPARQL; and the attribution the Licence Ouverte asks for on the data page.
@Suite struct CatalogTests {
    static func site(_ yaml: String) throws -> TemporarySite {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + yaml)
        return site
    }

    /// One row per distribution: the dataset, its title, publisher and modified date, the distribution's
    /// download address, media type and licence, for each catalog named on the command line.
    static let script = ##"""
        import json, sys

        try:
            import rdflib
        except ImportError as error:
            print(error, file=sys.stderr)
            sys.exit(3)

        QUERY = """
        PREFIX dcat: <http://www.w3.org/ns/dcat#>
        PREFIX dct: <http://purl.org/dc/terms/>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        SELECT ?catalog ?dataset ?title ?publisher ?modified ?download ?access ?media ?licence WHERE {
            ?catalog a dcat:Catalog ; dct:title ?catalogTitle ; dcat:dataset ?dataset .
            ?dataset a dcat:Dataset ; dct:title ?title ; dct:description ?description ;
                dct:publisher [ a foaf:Agent ; foaf:name ?publisher ] ; dcat:distribution ?distribution .
            ?distribution a dcat:Distribution ; dct:title ?distributionTitle ; dct:description ?distributionDescription ;
                dcat:downloadURL ?download ; dcat:accessURL ?access ; dcat:mediaType ?media .
            OPTIONAL { ?dataset dct:modified ?modified }
            OPTIONAL { ?distribution dct:license ?licence }
        } ORDER BY ?download
        """
        results = {}
        arguments = sys.argv[1:]
        for name, path in zip(arguments[::2], arguments[1::2]):
            graph = rdflib.Graph()
            graph.parse(path, format="json-ld")
            names = ["catalog", "dataset", "title", "publisher", "modified", "download", "access", "media", "licence"]
            results[name] = [{key: (None if value is None else str(value)) for key, value in zip(names, row)} for row in graph.query(QUERY)]
        print(json.dumps(results))
        """##

    @Test func rdflibFindsADatasetWithADistributionPerFile() throws {
        let root = try TemporarySite()
        var catalogs: [String: URL] = [:]
        func build(_ name: String, _ yaml: String) throws {
            let site = try Self.site(yaml)
            let output = root.root.appendingPathComponent(name)
            let builder = SiteBuilder(
                content: site.content, templates: Paths.templates, output: output, contentDisplay: "Content", templatesDisplay: "Templates")
            _ = try builder.build(projectRoot: site.root)
            catalogs[name] = output.appendingPathComponent("donnees/catalogue.jsonld")
        }
        try build(
            "absolute", "url: https://exemple.org/monographies/\nlicence: etalab-2.0\ndate_publication: 2021-06-30\nediteur: Les <Amis> & \"Cie\"\n")
        try build("relative", "licence: CC-BY-4.0\n")
        try build("bare", "")
        let script = root.root.appendingPathComponent("catalog.py")
        try Data(Self.script.utf8).write(to: script)
        let names = catalogs.keys.sorted()
        let output = try runPython([script.path] + names.flatMap { [$0, catalogs[$0]!.path] }, modules: "rdflib")
        let results = try #require(try JSONSerialization.jsonObject(with: output) as? [String: [[String: Any]]])

        let files = [
            "datapackage.json", "innovations.csv", "pratiques.csv", "reseaux.csv", "reseaux.json", "schema/reseau.schema.json", "synthese.json",
        ]
        let absolute = try #require(results["absolute"])
        #expect(absolute.map { $0["download"] as? String } == files.map { "https://exemple.org/monographies/donnees/" + $0 })
        #expect(absolute.allSatisfy { $0["access"] as? String == $0["download"] as? String })
        #expect(Set(absolute.map { $0["dataset"] as? String }) == ["https://exemple.org/monographies/donnees/catalogue.jsonld#donnees"])
        #expect(Set(absolute.map { $0["catalog"] as? String }) == ["https://exemple.org/monographies/donnees/catalogue.jsonld"])
        #expect(Set(absolute.map { $0["publisher"] as? String }) == ["Les <Amis> & \"Cie\""])
        #expect(Set(absolute.map { $0["modified"] as? String }) == ["2021-06-30"])
        #expect(Set(absolute.map { $0["licence"] as? String }) == ["https://www.etalab.gouv.fr/licence-ouverte-open-licence/"])
        #expect(
            absolute.map { $0["media"] as? String }.filter { $0 == "http://www.iana.org/assignments/media-types/text/csv" }.count == 3)

        // Without `url`, the addresses are relative to the catalog: rdflib resolves them against its file.
        let relative = try #require(results["relative"])
        let folder = try #require(catalogs["relative"]).deletingLastPathComponent()
        #expect(relative.map { $0["download"] as? String } == files.map { folder.appendingPathComponent($0).absoluteString })
        for file in files { #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(file)") }
        #expect(Set(relative.map { $0["licence"] as? String }) == ["https://creativecommons.org/licenses/by/4.0/"])
        #expect(Set(relative.map { $0["title"] as? String }) == [french("Site d'essai : données ouvertes")])

        let bare = try #require(results["bare"])
        #expect(bare.count == files.count)
        #expect(bare.allSatisfy { $0["modified"] is NSNull && $0["licence"] is NSNull })
    }

    @Test func theCatalogIsTheSameForTheSameInput() throws {
        let site = try Self.site("url: https://exemple.org/\nlicence: etalab-2.0\ndate_publication: 2021-06-30\n")
        let first = try site.builder().render().get()["donnees/catalogue.jsonld"]
        let second = try site.builder().render().get()["donnees/catalogue.jsonld"]
        #expect(first != nil && first == second)
    }

    @Test func theDataPageLinksTheCatalogAndGivesTheEtalabAttribution() throws {
        let dated = try Self.site("licence: etalab-2.0\ndate_publication: 2021-06-30\nediteur: Le Mouvement associatif\n")
        var page = String(decoding: try #require(try dated.builder().render().get()["donnees/index.html"]), as: UTF8.self)
        #expect(page.contains("<a href=\"catalogue.jsonld\"><code>catalogue.jsonld</code></a>"))
        let attribution =
            "<p class=\"attribution\">Source : <cite>Site d'essai</cite>, Le Mouvement associatif, données mises à jour le 30 juin 2021.</p>"
        #expect(page.contains(french(attribution)))

        let undated = try Self.site("licence: etalab-2.0\n")
        page = String(decoding: try #require(try undated.builder().render().get()["donnees/index.html"]), as: UTF8.self)
        #expect(page.contains(french("<p class=\"attribution\">Source : <cite>Site d'essai</cite>.</p>")))
        #expect(page.contains(french("La date de leur dernière mise à jour n’est pas encore publiée")))

        let other = try Self.site("licence: CC-BY-4.0\n")
        page = String(decoding: try #require(try other.builder().render().get()["donnees/index.html"]), as: UTF8.self)
        #expect(!page.contains("attribution"))
    }
}
