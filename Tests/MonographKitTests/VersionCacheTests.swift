import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The changes of each version kept in the repository (`.git/monograph/versions`): used when their
/// versions and what reads them are the same, never needed, and never changing a page.
@Suite struct VersionCacheTests {
    /// The cache file of `repository`.
    func cacheFile(_ repository: GitSite) -> URL {
        repository.site.content.appendingPathComponent(".git/monograph/versions")
    }

    @Test func aSecondBuildTakesTheChangesFromTheCacheAndGivesTheSamePages() throws {
        let repository = try GitSite.dated()
        let first = try repository.site.builder().render().get()
        let stored = try String(contentsOf: cacheFile(repository), encoding: .utf8)
        // One line for the format, one per version of alpha (two) and none for beta, whose one version
        // is its first and needs no reading.
        #expect(stored.split(separator: "\n").count == 3)
        #expect(stored.contains("\tpremière version\n"))
        #expect(try repository.site.builder().render().get() == first)

        // Taken from the file indeed: a change written there is shown.
        try stored.replacingOccurrences(of: "\tpremière version\n", with: "\tpremière version (du cache)\n")
            .write(to: cacheFile(repository), atomically: true, encoding: .utf8)
        let cached = try outputText(repository.site.builder().render().get(), "reseaux/alpha/historique/index.html")
        #expect(cached.contains("première version (du cache)"))
    }

    @Test func aNewReferentielOrAnUnreadableFileIsNotTrusted() throws {
        let repository = try GitSite.dated()
        let first = try repository.site.builder().render().get()
        let stored = try String(contentsOf: cacheFile(repository), encoding: .utf8)
        let tampered = stored.replacingOccurrences(of: "\tpremière version\n", with: "\tfaux\n")

        // The referentiel reads the versions: another one makes the cache another's.
        try tampered.write(to: cacheFile(repository), atomically: true, encoding: .utf8)
        let referentiel = try String(contentsOf: repository.site.content.appendingPathComponent("referentiel.yml"), encoding: .utf8)
        try repository.site.write("referentiel.yml", referentiel + "\n# relu\n")
        let history = try outputText(repository.site.builder().render().get(), "reseaux/alpha/historique/index.html")
        #expect(!history.contains("faux") && history.contains("première version"))

        // A file that is not the cache's is read as no cache.
        try repository.site.write("referentiel.yml", referentiel)
        try Data([0xFF, 0x00, 0x0A, 0x09]).write(to: cacheFile(repository))
        #expect(try repository.site.builder().render().get() == first)
        #expect(try String(contentsOf: cacheFile(repository), encoding: .utf8) == stored)
    }

    @Test func aNewCommitAddsItsVersionAndTheCacheKeepsOnlyTheHistorysVersions() throws {
        let repository = try GitSite.dated()
        _ = try repository.site.builder().render().get()
        let path = repository.site.content.appendingPathComponent("reseaux/beta.md")
        let beta = try String(contentsOf: path, encoding: .utf8)
        try repository.site.write("reseaux/beta.md", beta.replacingOccurrences(of: "domaine: Environnement", with: "domaine: Climat"))
        try repository.commit("Bêta", on: "2026-04-02")
        let files = try repository.site.builder().render().get()
        #expect(try String(contentsOf: cacheFile(repository), encoding: .utf8).split(separator: "\n").count == 5)

        // Alpha's history rewritten to one commit: its versions leave the cache.
        try repository.git(["checkout", "-q", "--orphan", "seule"])
        try repository.commit("Tout", on: "2026-05-01")
        _ = try repository.site.builder().render().get()
        let lines = try String(contentsOf: cacheFile(repository), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1, "\(lines)")
        #expect(files["reseaux/beta/historique/index.html"] != nil)
    }

    @Test func changesWithTabsBreaksAndBackslashesComeBackWhole() {
        let changes = ["a b": ["un\ttab", "deux\nlignes", "trois\\n", "fin\r\n", ""], "c -": []]
        let text = VersionCache.text(changes, stamp: "s")
        #expect(text.split(separator: "\n").count == 3)
        #expect(VersionCache.parse(Array(text.utf8), stamp: "s") == changes)
        #expect(VersionCache.parse(Array(text.utf8), stamp: "t") == nil)
    }
}
