import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// `flux.xml` (FORMAT §9), read back with feedparser.
@Suite struct FeedTests {
    @Test func theFeedHasOneEntryPerVersionNewestFirst() throws {
        let repository = try GitSite.dated()
        let builder = repository.site.builder()
        try builder.build(projectRoot: repository.site.root)
        let feed = repository.site.output.appendingPathComponent("flux.xml")
        let read = try runPython(["-c", Self.script, feed.path], modules: "feedparser")
        let parsed = try #require(try JSONSerialization.jsonObject(with: read) as? [String: Any])
        #expect(parsed["bozo"] as? Bool == false)
        #expect(parsed["version"] as? String == "atom10")
        #expect(parsed["self"] as? String == "https://exemple.org/flux.xml")
        #expect(parsed["updated"] as? String == "2026-03-05T12:00:00+01:00")
        let entries = try #require(parsed["entries"] as? [[String: String]])
        // alpha twice, beta once (first commit), newest first; the first commit's entries in site order.
        #expect(
            entries.map { $0["link"] } == [
                "https://exemple.org/reseaux/alpha/", "https://exemple.org/reseaux/alpha/", "https://exemple.org/reseaux/beta/",
            ])
        #expect(entries.map { $0["updated"] } == ["2026-03-05T12:00:00+01:00", "2026-01-10T12:00:00+01:00", "2026-01-10T12:00:00+01:00"])
        #expect(entries.first?["title"] == "Réseau Alpha, version du 5 mars 2026")
        #expect(entries.first?["summary"]?.contains("1 pratique ajoutée (plaidoyer, régional)") == true)
        #expect(entries.first?["id"]?.hasPrefix("https://exemple.org/reseaux/alpha/historique/#version-") == true)
        #expect(Set(entries.compactMap { $0["id"] }).count == 3)
        // Every page links it.
        let home = try String(contentsOf: repository.site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
        #expect(home.contains("href=\"flux.xml\">"))
        let page = try String(contentsOf: repository.site.output.appendingPathComponent("reseaux/alpha/index.html"), encoding: .utf8)
        #expect(page.contains("href=\"../../flux.xml\">"))
    }

    @Test func withoutTheSitesAddressOrGitThereIsNoFeed() throws {
        let noURL = try GitSite.dated(url: false)
        let files = try noURL.site.builder().render().get()
        #expect(files["flux.xml"] == nil)
        #expect(try !outputText(files, "index.html").contains("application/atom+xml"))
        let noGit = try GitSite.dated()
        try FileManager.default.removeItem(at: noGit.site.content.appendingPathComponent(".git"))
        let withoutGit = try noGit.site.builder().render().get()
        #expect(withoutGit["flux.xml"] == nil)
    }

    @Test func atMostFiftyEntries() throws {
        let repository = try GitSite.dated()
        for n in 1...30 {
            try repository.site.write(
                "reseaux/alpha.md",
                try String(contentsOf: repository.site.content.appendingPathComponent("reseaux/alpha.md"), encoding: .utf8) + "\nLigne \(n).\n")
            try repository.site.write(
                "reseaux/beta.md",
                try String(contentsOf: repository.site.content.appendingPathComponent("reseaux/beta.md"), encoding: .utf8) + "\nLigne \(n).\n")
            try repository.commit("Version \(n)", on: "2026-04-\(String(format: "%02d", n))")
        }
        let files = try repository.site.builder().render().get()
        let feed = try outputText(files, "flux.xml")
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 50)
        #expect(feed.contains("<updated>2026-04-30T12:00:00+01:00</updated>"))
    }

    /// Reads a feed with feedparser; prints what the tests check, as JSON.
    static let script = ##"""
        import json, sys

        try:
            import feedparser
        except ImportError as error:
            print(error, file=sys.stderr)
            sys.exit(3)

        feed = feedparser.parse(sys.argv[1])
        links = {link.get("rel"): link.get("href") for link in feed.feed.get("links", [])}
        print(json.dumps({
            "bozo": bool(feed.bozo),
            "version": feed.version,
            "self": links.get("self"),
            "updated": feed.feed.get("updated"),
            "entries": [
                {"id": e.get("id"), "title": e.get("title"), "updated": e.get("updated"), "link": e.get("link"), "summary": e.get("summary")}
                for e in feed.entries
            ],
        }))
        """##
}
