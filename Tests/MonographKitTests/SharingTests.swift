import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// What a shared link and a search engine see (FORMAT §2 and §8): Open Graph on every page, canonical
/// links and a sitemap of absolute addresses when the site has one, and none at all without it.
@Suite struct SharingTests {
    static let pages = ["index.html", "reseaux/alpha/index.html", "livret/intro/index.html", "synthese/index.html", "referentiel/index.html"]

    @Test func withoutAnAddressThereIsNoSitemapAndTheBuildSaysWhyOnce() throws {
        let site = try TemporarySite()
        let report = try site.builder().build(projectRoot: site.root)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("sitemap.xml").path))
        #expect(report.notes.filter { $0.hasPrefix("sitemap.xml et flux.xml ne sont pas écrits") }.count == 1)
        for page in Self.pages {
            let html = try String(contentsOf: site.output.appendingPathComponent(page), encoding: .utf8)
            for property in ["og:title", "og:description", "og:type", "og:locale"] {
                #expect(html.contains("<meta property=\"\(property)\" content=\""), "\(page): \(property)")
            }
            #expect(!html.contains("og:url") && !html.contains("rel=\"canonical\""), "\(page)")
        }
    }

    @Test func withAnAddressEveryPageIsAbsoluteAndListed() throws {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + "url: https://exemple.org/monographies\n")
        let report = try site.builder().build(projectRoot: site.root)
        #expect(!report.notes.contains { $0.contains("sitemap") })
        let sitemap = try String(contentsOf: site.output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        let locations = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        #expect(locations.contains("https://exemple.org/monographies/"))
        #expect(locations.contains("https://exemple.org/monographies/reseaux/alpha/"))
        #expect(locations.allSatisfy { $0.hasPrefix("https://exemple.org/monographies/") })
        for page in Self.pages {
            let html = try String(contentsOf: site.output.appendingPathComponent(page), encoding: .utf8)
            let address = "https://exemple.org/monographies/" + page.dropLast("index.html".count)
            #expect(html.contains("<link rel=\"canonical\" href=\"\(address)\">"), "\(page)")
            #expect(html.contains("<meta property=\"og:url\" content=\"\(address)\">"), "\(page)")
            #expect(locations.contains(address), "\(page) missing from the sitemap")
        }
    }

    /// The monograph page's JSON-LD, read back by a JSON parser: a report about the network.
    @Test func monographPagesDescribeTheNetworkInJSONLD() throws {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + "url: https://exemple.org/\nediteur: Le Mouvement associatif\ndate_publication: 2021-06-30\n")
        let files = try site.builder().render().get()
        let html = String(decoding: try #require(files["reseaux/alpha/index.html"]), as: UTF8.self)
        let script = try #require(html.components(separatedBy: "<script type=\"application/ld+json\">\n").dropFirst().first)
        let json = try #require(script.components(separatedBy: "</script>").first)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(report["@type"] as? String == "Report")
        #expect(report["datePublished"] as? String == "2021-06-30")
        #expect(report["url"] as? String == "https://exemple.org/reseaux/alpha/")
        #expect((report["publisher"] as? [String: Any])?["name"] as? String == "Le Mouvement associatif")
        let about = try #require(report["about"] as? [String: Any])
        #expect(about["@type"] as? String == "Organization")
        #expect(about["name"] as? String == "Réseau Alpha")
        #expect(about["foundingDate"] as? String == "1950")
    }

    @Test(arguments: [
        ("url: exemple.org", "« url » est l’adresse absolue du site publié"),
        ("date_publication: 2021-02-30", "« date_publication » s’écrit AAAA-MM-JJ"),
        ("date_publication: 30/06/2021", "« date_publication » s’écrit AAAA-MM-JJ"),
        ("editor: X", "clé inconnue « editor »"),
    ])
    func badSettingsAreErrorsAtTheirPlace(line: String, message: String) throws {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + line + "\n")
        let errors = try #require(site.builder().validate().failure)
        #expect(
            errors.diagnostics.contains { $0.file.hasSuffix("site.yml") && $0.line == 3 && $0.message.contains(message) },
            "\(errors.diagnostics.map(\.description))")
    }
}

extension Result {
    /// The error, when the result is a failure.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
