import Foundation
import Testing

@testable import MonographKit

@Suite struct VersionHistoryTests {
    @Test func eachVersionSaysWhatChangedInTheMonographsTerms() throws {
        let repository = try GitSite.dated()
        let files = try repository.site.builder().render().get()
        let history = try outputText(files, "reseaux/alpha/historique/index.html")
        let versions = history.components(separatedBy: "<li id=\"version-").dropFirst()
        #expect(versions.count == 2)
        let newest = try #require(versions.first), first = try #require(versions.last)
        #expect(newest.contains("<time datetime=\"2026-03-05\">5 mars 2026</time>"))
        #expect(newest.contains(french("Alpha : effectifs à jour")))
        for change in [
            "carte d’identité : salariés de la tête de réseau 12 → 14", "section Cycles d’innovation : complète → partielle",
            "1 pratique ajoutée (plaidoyer, régional)", "texte de la section 6 modifié",
        ] {
            #expect(newest.contains("<li>" + french(change) + "</li>"), "\(change)")
        }
        #expect(!newest.contains("section 2"))
        #expect(first.contains("10 janvier 2026"))
        #expect(first.contains("<li>première version</li>"))
        // Linked from the monograph's page.
        #expect(try outputText(files, "reseaux/alpha/index.html").contains("<a href=\"historique/index.html\">"))
        let sitemap = try outputText(files, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://exemple.org/reseaux/alpha/historique/</loc><lastmod>2026-03-05</lastmod>"))
    }

    /// `messages_historique: false`: the versions say what changed, without their commits' subjects.
    @Test func theCommitsSubjectsCanBeLeftOut() throws {
        let repository = try GitSite.dated()
        let settings = try String(contentsOf: repository.site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try repository.site.write("site.yml", settings + "\nmessages_historique: false\n")
        let files = try repository.site.builder().render().get()
        let history = try outputText(files, "reseaux/alpha/historique/index.html")
        #expect(!history.contains("class=\"message\"") && !history.contains(french("effectifs à jour")))
        #expect(history.contains("<li>" + french("1 pratique ajoutée (plaidoyer, régional)") + "</li>"))
        #expect(try !outputText(files, "flux.xml").contains("effectifs à jour"))
    }

    @Test func withoutGitThereIsNoHistoryNorLink() throws {
        let repository = try GitSite.dated()
        try FileManager.default.removeItem(at: repository.site.content.appendingPathComponent(".git"))
        let files = try repository.site.builder().render().get()
        #expect(!files.keys.contains { $0.contains("historique") })
        #expect(try !outputText(files, "reseaux/alpha/index.html").contains("historique/index.html"))
    }

    @Test func practicesRemovedAndIdentityFiguresAddedAreNamed() throws {
        let site = try TemporarySite()
        let referentiel = try site.load().referentiel
        var old = try #require(try site.load().monographs.first { $0.slug == "alpha" })
        var new = old
        new.pratiques = Array((old.pratiques ?? []).dropFirst())
        old.identite?.budget = nil
        new.identite?.budget = "5 M€"
        #expect(
            VersionChanges.between(old, new, referentiel: referentiel) == [
                "carte d’identité : budget – → 5 M€", "1 pratique retirée (mise en réseau et animation, national)",
            ])
    }

    @Test func serveRebuildsTheHistoryWhenACommitIsMade() throws {
        let repository = try GitSite.dated()
        let state = IncrementalState()
        let builder = repository.site.builder()
        try builder.rebuild(projectRoot: repository.site.root, state: state)
        let path = repository.site.output.appendingPathComponent("reseaux/beta/historique/index.html")
        let before = try String(contentsOf: path, encoding: .utf8)
        #expect(before.components(separatedBy: "<li id=\"version-").count == 2)
        try repository.site.write("reseaux/beta.md", monograph("identite:\n  salaries_tdr: 3").replacingOccurrences(of: "Gamma", with: "Bêta"))
        try repository.commit("Bêta : carte d’identité", on: "2026-04-02")
        try builder.rebuild(projectRoot: repository.site.root, state: state)
        let after = try String(contentsOf: path, encoding: .utf8)
        #expect(after.components(separatedBy: "<li id=\"version-").count == 3)
        #expect(after.contains("2 avril 2026"))
        #expect(
            try String(contentsOf: repository.site.output.appendingPathComponent("reseaux/beta/index.html"), encoding: .utf8).contains(
                "Mis à jour le 2 avril 2026"))
    }
}
