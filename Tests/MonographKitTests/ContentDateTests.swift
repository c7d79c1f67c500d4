import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// A content folder made into a git repository with dated commits.
final class GitSite {
    let site: TemporarySite

    init(_ files: [String: String] = [:]) throws {
        site = try TemporarySite(files)
    }

    /// Runs git in the content folder, as a fixed author, with the commit dated `date` (`AAAA-MM-JJ`).
    @discardableResult
    func git(_ arguments: [String], date: String = "2026-01-10") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", site.content.path, "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_DATE"] = date + "T12:00:00+01:00"
        environment["GIT_COMMITTER_DATE"] = date + "T12:00:00+01:00"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PythonFailure(description: "git \(arguments) failed") }
        return String(decoding: data, as: UTF8.self)
    }

    /// Commits every file of the content folder on `date` with `subject`.
    func commit(_ subject: String, on date: String) throws {
        try git(["add", "-A"], date: date)
        try git(["commit", "-q", "--allow-empty", "-m", subject], date: date)
    }

    /// A repository whose first commit (10 January 2026) holds the fixture, `alpha.md` changed on
    /// 5 March 2026: its staff from 12 to 14, a practice added, its cycles marked partial, the prose of
    /// its section 6 changed.
    static func dated(url: Bool = true) throws -> GitSite {
        let repository = try GitSite()
        if url {
            let settings = try String(contentsOf: repository.site.content.appendingPathComponent("site.yml"), encoding: .utf8)
            try repository.site.write("site.yml", settings + "url: https://exemple.org/\n")
        }
        try repository.git(["init", "-q", "-b", "main"])
        try repository.commit("Première version", on: "2026-01-10")
        let path = repository.site.content.appendingPathComponent("reseaux/alpha.md")
        var alpha = try String(contentsOf: path, encoding: .utf8)
        alpha = alpha.replacingOccurrences(of: "salaries_tdr: 12", with: "salaries_tdr: 14")
            .replacingOccurrences(
                of: "pratiques:\n", with: "pratiques:\n  - echelon: regional\n    fonction: plaidoyer\n    actions: [Lettres aux élus]\n"
            )
            .replacingOccurrences(of: "perspectives:\n", with: "redaction:\n  cycles: partielle\nperspectives:\n")
            .replacingOccurrences(of: "Le code `a : b`", with: "Le code `a : b` (revu)")
        try repository.site.write("reseaux/alpha.md", alpha)
        try repository.commit("Alpha : effectifs à jour", on: "2026-03-05")
        return repository
    }
}

/// The text of an output file.
func outputText(_ files: [String: Data], _ path: String) throws -> String {
    String(decoding: try #require(files[path], "no \(path)"), as: UTF8.self)
}

/// An output file read as JSON.
func outputJSON<T>(_ files: [String: Data], _ path: String, as type: T.Type) throws -> T {
    let data = try #require(files[path], "no \(path)")
    return try #require(try JSONSerialization.jsonObject(with: data) as? T)
}

@Suite struct ContentDateTests {
    @Test func theLastCommitDatesEveryOutputThatShowsIt() throws {
        let repository = try GitSite.dated()
        let files = try repository.site.builder().render().get()
        let page = try outputText(files, "reseaux/alpha/index.html")
        #expect(page.contains("Mis à jour le 5 mars 2026"))
        #expect(page.contains("\"dateModified\": \"2026-03-05\"") || page.contains("\"dateModified\":\"2026-03-05\""))
        let beta = try outputText(files, "reseaux/beta/index.html")
        #expect(beta.contains("Mis à jour le 10 janvier 2026"))
        let booklet = try outputText(files, "livret/intro/index.html")
        #expect(booklet.contains("Mis à jour le 10 janvier 2026"))

        let json = try outputJSON(files, "donnees/reseaux.json", as: [[String: Any]].self)
        let dates = Dictionary(uniqueKeysWithValues: json.map { ($0["slug"] as? String ?? "", $0["mise_a_jour"] as? String) })
        #expect(dates["alpha"] == "2026-03-05")
        #expect(dates["beta"] == "2026-01-10")

        let sitemap = try outputText(files, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://exemple.org/reseaux/alpha/</loc><lastmod>2026-03-05</lastmod>"))
        #expect(sitemap.contains("<loc>https://exemple.org/livret/intro/</loc><lastmod>2026-01-10</lastmod>"))
        #expect(sitemap.contains("<loc>https://exemple.org/</loc></url>"))

        let csl = try outputJSON(files, "reseaux/alpha/citation.json", as: [[String: Any]].self)
        #expect(csl.first?["version"] as? String == "2026-03-05")
        #expect((csl.first?["issued"] as? [String: Any])?["date-parts"] as? [[Int]] == [[2026, 3, 5]])
        let bib = try outputText(files, "reseaux/alpha/citation.bib")
        #expect(bib.contains("urldate = {2026-03-05}"))
        #expect(bib.contains("version = {2026-03-05}"))
    }

    @Test func thePublicationDateStaysTheCitationsIssue() throws {
        let repository = try GitSite.dated()
        let settings = try String(contentsOf: repository.site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try repository.site.write("site.yml", settings + "date_publication: 2021-06-30\n")
        let files = try repository.site.builder().render().get()
        let csl = try outputJSON(files, "reseaux/alpha/citation.json", as: [[String: Any]].self)
        #expect((csl.first?["issued"] as? [String: Any])?["date-parts"] as? [[Int]] == [[2021, 6, 30]])
        #expect(csl.first?["version"] as? String == "2026-03-05")
    }

    @Test func withoutGitThereIsNoDateAndNothingBreaks() throws {
        let repository = try GitSite.dated()
        try FileManager.default.removeItem(at: repository.site.content.appendingPathComponent(".git"))
        let files = try repository.site.builder().render().get()
        let page = try outputText(files, "reseaux/alpha/index.html")
        #expect(!page.contains("Mis à jour"))
        #expect(!page.contains("dateModified"))
        let json = try outputText(files, "donnees/reseaux.json")
        #expect(!json.contains("mise_a_jour"))
        let sitemap = try outputText(files, "sitemap.xml")
        #expect(!sitemap.contains("lastmod"))
        let bib = try outputText(files, "reseaux/alpha/citation.bib")
        #expect(!bib.contains("urldate"))
    }

    @Test func aFileNeverCommittedHasNoDate() throws {
        let repository = try GitSite.dated()
        try repository.site.write("reseaux/gamma.md", monograph())
        let site = try repository.site.load()
        #expect(site.monographs.first { $0.slug == "gamma" }?.lastModified == nil)
        #expect(site.monographs.first { $0.slug == "alpha" }?.lastModified == "2026-03-05")
    }

    @Test func theWrittenDateOverridesGit() throws {
        let repository = try GitSite.dated()
        try repository.site.write("reseaux/gamma.md", monograph("mise_a_jour: 2026-06-01"))
        try repository.commit("Gamma", on: "2026-07-14")
        let files = try repository.site.builder().render().get()
        let page = try outputText(files, "reseaux/gamma/index.html")
        #expect(page.contains("Mis à jour le 1er juin 2026"))
        let json = try outputText(files, "donnees/reseaux.json")
        #expect(json.contains("\"mise_a_jour\": \"2026-06-01\""))
    }

    /// The history is read again when HEAD moves, and only then: HEAD is read from the repository's files,
    /// loose or packed, as git names it.
    @Test func theHistoryIsReadAgainWhenHeadMoves() throws {
        let repository = try GitSite.dated()
        let head = try repository.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let first = try #require(Git.head(of: repository.site.content))
        #expect(first.hasSuffix(" " + head))
        try repository.git(["pack-refs", "--all"])
        #expect(Git.head(of: repository.site.content) == first)
        let before = ContentHistory.current(content: repository.site.content)
        try repository.site.write("reseaux/gamma.md", monograph())
        try repository.commit("Gamma", on: "2026-08-01")
        #expect(Git.head(of: repository.site.content) != first)
        let after = ContentHistory.current(content: repository.site.content)
        #expect(before.lastDate(of: "reseaux/gamma.md") == nil && after.lastDate(of: "reseaux/gamma.md") == "2026-08-01")
        #expect(Git.head(of: FileManager.default.temporaryDirectory.appendingPathComponent("hors-depot")) == nil)
    }

    /// The open data's last update is the newest change of the collection: the catalog's `dct:modified`
    /// and, under Etalab's licence, the data page's attribution.
    @Test func theDataAreDatedByTheirNewestChange() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("mise_a_jour: 2026-06-01")])
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + "\nlicence: etalab-2.0\n")
        let files = try site.builder().render().get()
        let catalog = try outputText(files, "donnees/catalogue.jsonld")
        #expect(catalog.contains("\"@value\": \"2026-06-01\""))
        #expect(try outputText(files, "donnees/index.html").contains("données mises à jour le 1er juin 2026"))
    }

    @Test func anInvalidDateIsAnErrorAtItsLine() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("mise_a_jour: 2026-02-30")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:5:14: error: date « 2026-02-30 » invalide : « mise_a_jour » s’écrit AAAA-MM-JJ, par exemple « 2026-03-05 »"
            ])
    }

    @Test func frenchDates() {
        #expect(Format.date("2026-03-05") == "5 mars 2026")
        #expect(Format.date("2026-12-01") == "1er décembre 2026")
        #expect(Format.date("2026-08-15") == "15 août 2026")
        // Read on its bytes when written AAAA-MM-JJ, else cut at its dashes: the same dates either way.
        #expect(Format.date("2026-3-5") == "5 mars 2026")
        #expect(Format.date("0987-10-31") == "31 octobre 987")
        for notADate in ["2026-13-01", "2026-00-10", "2026-03-00", "2026-03-32", "2026-0a-05", "2026/03/05", "2026-03", "", "aaaa-mm-jj"] {
            #expect(Format.date(notADate) == nil, "\(notADate)")
        }
    }
}
