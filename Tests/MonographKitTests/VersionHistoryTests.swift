import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

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

/// An older version is read from the version after it, parsing again only what differs; it must be the
/// very monograph the whole file gives (FORMAT §9: the changes are computed from both versions' content).
@Suite struct OlderVersionTests {
    static let alpha =
        (try? String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/minimal/Content/reseaux/alpha.md"), encoding: .utf8)) ?? ""

    /// Edits that make an older version from the fixture's monograph, each a (found, replaced) pair.
    static let edits: [(String, String)] = [
        ("  salaries_tdr: 12\n", "  salaries_tdr: 10\n"),
        ("perspectives:\n  - Renforcer les relais locaux.\n", ""),
        ("perspectives:\n  - Renforcer les relais locaux.\n", "perspectives:\n- Renforcer les relais locaux.\n- Un second point.\n"),
        ("numero: 1\n", "numero: 1\n# un commentaire qui ne change rien\n"),
        ("  natures: [invention, transformation]\n", "  natures: [invention]\n"),
        ("      - texte: Formations régionales\n", "      - texte: Formations régionales et locales\n"),
        ("Une dynamique : forte.", "Une dynamique moins forte."),
        ("\n## Points clés et perspectives\n\nLe code `a : b` reste tel quel.", ""),
        ("missions: Relier les *associations* locales.\n", ""),
        // A required key missing, an id unknown to the referentiel, YAML that does not read: no version.
        ("domaine: Entraide & solidarité\n", ""),
        ("fonction: ingenierie", "fonction: inconnue"),
        ("  salaries_tdr: 12\n", "  salaries_tdr: [12\n"),
        // Front matters that cannot be cut by lines: read whole.
        ("nom: Réseau Alpha\n", "\"nom\": Réseau Alpha\n"),
        ("nom: Réseau Alpha\n", "{nom: Réseau Alpha}\n"),
        ("perspectives:\n", "perspectives:\nperspectives:\n"),
    ]

    @Test(arguments: edits.indices)
    func anOlderVersionIsTheMonographItsFileGives(index: Int) throws {
        let (found, replaced) = Self.edits[index]
        #expect(Self.alpha.contains(found))
        let site = try TemporarySite()
        let referentiel = try site.load().referentiel
        let reader = ContentReader(site: referentiel)
        var bag = DiagnosticBag()
        let newerFile = SourceFile(path: "reseaux/alpha.md", text: Self.alpha)
        let newer = try #require(reader.monograph(newerFile, slug: "alpha", &bag))
        let newerText = MonographText(newer, try SplitFile.split(newerFile).get())
        let olderFile = SourceFile(path: "reseaux/alpha.md", text: Self.alpha.replacingOccurrences(of: found, with: replaced))
        let whole = reader.monograph(olderFile, slug: "alpha", &bag)
        let derived = reader.monograph(olderFile, olderThan: newerText)?.monograph
        #expect(derived == whole)
        // And read back the other way, the newer from the older.
        if let whole {
            let back = reader.monograph(newerFile, olderThan: MonographText(whole, try SplitFile.split(olderFile).get()))?.monograph
            #expect(back == newer)
        }
    }

    /// The files whose versions are read are asked of git in groups: each file in one group, in order,
    /// the groups as even as can be.
    @Test func theFilesAreAskedForInEvenGroups() {
        for (count, groups) in [(0, 8), (1, 8), (7, 8), (8, 8), (2001, 8), (5, 1)] {
            let cut = Parallel.groups(Array(0..<count), count: groups)
            #expect(cut.flatMap { $0 } == Array(0..<count))
            #expect(cut.count == min(count, groups))
            #expect((cut.map(\.count).max() ?? 0) - (cut.map(\.count).min() ?? 0) <= 1)
        }
    }

    @Test func theFrontMatterIsCutAtItsTopLevelKeys() throws {
        let keys = try #require(MonographText.cut("# en tête\nnom: A\nliste:\n- un\n  # note\n- deux\n\nbloc: |\n  texte\n"))
        #expect(keys == ["nom": "nom: A\n", "liste": "liste:\n- un\n  # note\n- deux\n\n", "bloc": "bloc: |\n  texte\n"])
        for uncut in ["- a\n", "\"nom\": A\n", "nom: A\nnom: B\n", "? nom\n: A\n", "nom:A\n", "1nom: A\n"] {
            #expect(MonographText.cut(uncut) == nil, "\(uncut)")
        }
    }
}
