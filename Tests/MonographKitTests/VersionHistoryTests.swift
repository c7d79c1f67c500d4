import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

@Suite struct VersionHistoryTests {
    /// `git cat-file --batch`'s answer: each version's bytes found where they stand, nil for an id git
    /// does not have, for a header that does not read, and for the versions after the answer's end.
    @Test func findsEachVersionInGitsAnswer() {
        let answer = Array(
            ("1111 blob 5\nalpha\n" + "0000 missing\n" + "2222 blob 0\n\n" + "3333 blob x9\n" + "4444 blob 3\nb\u{E9}\n" + "5555 blob 99\nshort\n")
                .utf8)
        let found = VersionHistory.blobs(in: answer, count: 7).map { $0.map { String(decoding: answer[$0], as: UTF8.self) } }
        #expect(found == ["alpha", nil, "", nil, "b\u{E9}", nil, nil])
    }

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
        // A key that only the older version has, lines that move what stands below, two keys at once.
        ("domaine: Entraide & solidarité\n", "domaine: Entraide & solidarité\nmise_a_jour: 2026-01-02\n"),
        ("nom: Réseau Alpha\n", "nom: Réseau Alpha\n\n\n"),
        ("  financements: [\"Un fonds dédié.\"]\nperspectives:\n", "perspectives:\n  - Un point de plus.\n"),
        // Carriage returns are read by keys, the file's decoding dropping them.
        ("  salaries_tdr: 12\n", "  salaries_tdr: 10\r\n"),
        // A required key missing, an id unknown to the referentiel, YAML that does not read: no version.
        ("domaine: Entraide & solidarité\n", ""),
        ("fonction: ingenierie", "fonction: inconnue"),
        ("  salaries_tdr: 12\n", "  salaries_tdr: [12\n"),
        // Front matters that cannot be cut by lines: read whole.
        ("nom: Réseau Alpha\n", "\"nom\": Réseau Alpha\n"),
        ("nom: Réseau Alpha\n", "{nom: Réseau Alpha}\n"),
        ("perspectives:\n", "perspectives:\nperspectives:\n"),
        ("perspectives:\n", "perspectives:\n---\n"),
    ]

    /// The edits above whose older version is read by its lines alone (`monograph(changedLinesOf:…)`):
    /// all those within the front matter's keys or the body whose version reads.
    static let readByLines: Set<Int> = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]

    @Test(arguments: edits.indices)
    func anOlderVersionIsTheMonographItsFileGives(index: Int) throws {
        let (found, replaced) = Self.edits[index]
        #expect(Self.alpha.contains(found))
        try Self.expectVersions(Self.alpha, Self.alpha.replacingOccurrences(of: found, with: replaced), byLines: Self.readByLines.contains(index))
    }

    /// Edits of a monograph whose `redaction` marks sections: each (marks, found, replaced) makes an older
    /// version of the fixture's monograph with those marks, whose marks are checked again when a section
    /// lost or gained its content; and whether that version reads.
    static let marked: [(marks: String, found: String, replaced: String, reads: Bool)] = [
        ("  cycles: partielle\n  modele-socio-economique: partielle\n", modele, "", false),
        ("  cycles: partielle\n", modele, "", true),
        ("  cycles: partielle\n", "cycles:\n  - debut: 1950\n", "cycles:\n  - debut: 1951\n", true),
        ("  cycles: partielle\n", "\n## Dynamique d'innovation\n\nUne dynamique : forte.", "", true),
        ("  cycles: partielle\n", "  cycles: partielle\n", "  cycles: complete\n", true),
    ]

    static let modele =
        "modele_socio_economique:\n  richesses_humaines:\n    - echelon: national\n      texte: Une équipe de deux personnes.\n  financements: [\"Un fonds dédié.\"]\n"

    @Test(arguments: marked.indices)
    func marksAreCheckedAgainstAnOlderVersionsSections(index: Int) throws {
        let (marks, found, replaced, reads) = Self.marked[index]
        let point = "perspectives:\n  - Renforcer les relais locaux.\n"
        let newer = Self.alpha.replacingOccurrences(of: point, with: point + "redaction:\n" + marks)
        #expect(newer.contains(found))
        let older = newer.replacingOccurrences(of: found, with: replaced)
        try Self.expectVersions(newer, older, byLines: reads)
        let reader = ContentReader(site: try TemporarySite().load().referentiel)
        #expect((reader.monograph(Array(older.utf8)[...], path: "reseaux/alpha.md", olderThan: try Self.text(newer, reader)) != nil) == reads)
    }

    /// Older versions made by random edits of lines of the published monographs (lines removed, repeated,
    /// swapped, added, a digit changed): each is the monograph its file gives read whole, read from the
    /// newer version, and the newer is read back from it.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomOlderVersionsAreTheMonographsTheirFilesGive(seed: UInt64) throws {
        var random = SaveStreamTests.SplitMix64(state: seed)
        guard case .success(let site) = ContentLoader(root: Paths.content, displayRoot: "Content").load() else {
            Issue.record("the published content does not load")
            return
        }
        var reader = ContentReader(site: site.referentiel)
        reader.markdown = MarkdownOptions(allowRawHTML: site.settings.htmlBrut)
        let added = ["  - Un point ajouté.", "", "# une note", "    - texte: Une action", "numero: 99", "---"]
        for monograph in site.monographs {
            let newer = try String(contentsOf: Paths.content.appendingPathComponent("reseaux/\(monograph.slug).md"), encoding: .utf8)
            var bag = DiagnosticBag()
            let monograph = try #require(reader.monograph(SourceFile(path: monograph.path, text: newer), slug: monograph.slug, &bag))
            let newerText = MonographText(monograph, bytes: Array(newer.utf8)[...])
            for _ in 0..<20 {
                var lines = newer.components(separatedBy: "\n")
                for _ in 0...Int.random(in: 0...2, using: &random) {
                    let i = Int.random(in: 0..<lines.count - 1, using: &random)
                    switch Int.random(in: 0..<5, using: &random) {
                    case 0: lines.remove(at: i)
                    case 1: lines.insert(lines[i], at: i)
                    case 2: lines.swapAt(i, i + 1)
                    case 3: lines.insert(added.randomElement(using: &random)!, at: i)
                    default:
                        if let digit = lines[i].firstIndex(where: \.isNumber) { lines[i].replaceSubrange(digit...digit, with: "7") }
                    }
                }
                let older = lines.joined(separator: "\n")
                let whole = reader.monograph(SourceFile(path: monograph.path, text: older), slug: monograph.slug, &bag)
                let derived = reader.monograph(Array(older.utf8)[...], path: monograph.path, olderThan: newerText)
                #expect(derived?.monograph == whole, "seed \(seed), \(monograph.slug): « \(older) »")
                if let derived {
                    let back = reader.monograph(Array(newer.utf8)[...], path: monograph.path, olderThan: derived)
                    #expect(back?.monograph == monograph, "seed \(seed), \(monograph.slug), back: « \(older) »")
                }
            }
        }
    }

    /// A file that is not UTF-8 where it differs does not read, as the loader would not read it.
    @Test func anOlderVersionNotInUTF8DoesNotRead() throws {
        let reader = ContentReader(site: try TemporarySite().load().referentiel)
        var older = Array(Self.alpha.utf8)
        older.replaceSubrange(older.firstRange(of: Array("12".utf8))!, with: [0x31, 0xFF])
        #expect(reader.monograph(older[...], path: "reseaux/alpha.md", olderThan: try Self.text(Self.alpha, reader)) == nil)
    }

    /// The monograph in `text`, with its text, as the versions' history reads the file as it stands.
    static func text(_ text: String, _ reader: ContentReader) throws -> MonographText {
        var bag = DiagnosticBag()
        let file = SourceFile(path: "reseaux/alpha.md", text: text)
        let monograph = try #require(reader.monograph(file, slug: "alpha", &bag))
        return MonographText(monograph, bytes: Array(text.utf8)[...])
    }

    /// Checks that the version in `older`, read from `newer`'s, is the monograph its file gives read
    /// whole, and the other way round; and whether it is read by its lines alone.
    static func expectVersions(_ newer: String, _ older: String, byLines: Bool) throws {
        let reader = ContentReader(site: try TemporarySite().load().referentiel)
        var bag = DiagnosticBag()
        let newerText = try text(newer, reader)
        let olderFile = SourceFile(path: "reseaux/alpha.md", text: older)
        let whole = reader.monograph(olderFile, slug: "alpha", &bag)
        let olderBytes = Array(older.utf8)[...]
        let derived = reader.monograph(olderBytes, path: olderFile.path, olderThan: newerText)
        #expect(derived?.monograph == whole)
        let byTheirLines = reader.monograph(changedLinesOf: olderBytes, path: olderFile.path, olderThan: newerText)
        #expect((byTheirLines != nil) == byLines)
        if let byTheirLines { #expect(byTheirLines.monograph == whole) }
        // And read back the other way, the newer from the older, by its lines when they were read so.
        if let whole, let derived {
            let back = reader.monograph(Array(newer.utf8)[...], path: olderFile.path, olderThan: MonographText(whole, bytes: olderBytes))
            #expect(back?.monograph == newerText.monograph)
            // A version read by its lines has the layout of its bytes: older ones are read from it alike.
            let layout = MonographText.Layout(olderBytes)
            #expect(derived.layout?.keys.map(\.name) == layout?.keys.map(\.name))
            #expect(derived.layout?.keys.map(\.range) == layout?.keys.map(\.range))
            #expect(derived.layout?.keys.map(\.line) == layout?.keys.map(\.line))
            #expect(derived.layout?.bodyStart == layout?.bodyStart)
            #expect(derived.layout?.bodyLine == layout?.bodyLine)
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
        let keys = try #require(MonographText.cut("# en tête\n  # indentée\nnom: A\nliste:\n- un\n  # note\n- deux\n\nbloc: |\n  texte\n"))
        #expect(keys == ["nom": "nom: A\n", "liste": "liste:\n- un\n  # note\n- deux\n\n", "bloc": "bloc: |\n  texte\n"])
        for uncut in ["- a\n", "\"nom\": A\n", "nom: A\nnom: B\n", "? nom\n: A\n", "nom:A\n", "1nom: A\n", "  a: 1\nnom: A\n"] {
            #expect(MonographText.cut(uncut) == nil, "\(uncut)")
        }
    }
}
