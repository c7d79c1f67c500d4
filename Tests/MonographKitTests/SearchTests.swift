import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographServe
@testable import MonographViews

/// Search (FORMAT §8): which pages the index holds and with which filters, the search page with and
/// without an index, the box in every header, and the indexer run over the staged output (a failure
/// leaves the output as it was) or by `serve` after its builds. The search itself is checked in a real
/// browser by `make audit` (tools/audit/search.py), with the real Pagefind.
@Suite struct SearchTests {
    static let indexed = ["reseaux/alpha/index.html", "livret/intro/index.html", "synthese/index.html", "referentiel/index.html"]
    static let notIndexed = [
        "index.html", "plan-du-site/index.html", "accessibilite/index.html", "recherche/index.html", "404.html",
    ]

    /// The filters a page gives Pagefind, as `name:value`.
    static func filters(_ html: String) -> [String] {
        html.components(separatedBy: "data-pagefind-filter=\"").dropFirst().map {
            $0.components(separatedBy: "\"")[0].replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    static func page(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path) missing"), as: UTF8.self)
    }

    @Test func onlyTheMainContentOfContentPagesIsIndexedEachInItsRubrique() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        let rubriques = ["Monographie", "Livret", "Synthèse", "Référentiel"]
        for (path, rubrique) in zip(Self.indexed, rubriques) {
            let html = try Self.page(files, path)
            #expect(html.contains("<main id=\"contenu\" tabindex=\"-1\" data-pagefind-body>"), "\(path)")
            #expect(html.components(separatedBy: "data-pagefind-body").count == 2, "\(path): one indexed root")
            #expect(Self.filters(html).filter { $0.hasPrefix("rubrique:") } == ["rubrique:" + rubrique], "\(path)")
        }
        for path in Self.notIndexed {
            let html = try Self.page(files, path)
            #expect(!html.contains("data-pagefind"), "\(path) must stay out of the index")
        }
    }

    /// A monograph's filters are the labels of what its data uses, in the referentiel's order, each once.
    @Test func monographFiltersAreTheReferentielLabelsOfItsData() throws {
        let site = try TemporarySite(copying: nil)
        try site.write("site.yml", "titre: Essai\n")
        try site.write(
            "referentiel.yml",
            """
            fonctions:
              - id: plaidoyer
                libelle: Plaidoyer & représentation
              - id: ingenierie
                libelle: Ingénierie
            natures:
              - id: invention
                libelle: Invention
                objet: solutions
                logique: nouveaute
              - id: extension
                libelle: Extension
                objet: processus
                logique: adaptation
            phases:
              - id: emergence
                libelle: Émergence
              - id: diffusion
                libelle: Diffusion
            echelons:
              - id: national
                libelle: National
              - id: regional
                libelle: Régional
            types:
              - id: outil
                libelle: Outil

            """)
        try site.write(
            "reseaux/beta.md",
            """
            ---
            nom: Réseau Bêta
            titre: Un réseau
            domaine: "Santé : prévention"
            dynamique:
              natures: [extension]
            cycles:
              - debut: 2001
                titre: Un cycle
                natures: [invention, extension]
                innovations:
                  - nom: Un outil
                    phase: diffusion
            pratiques:
              - echelon: regional
                fonction: ingenierie
                actions:
                  - texte: Une action
                    phases: [emergence]
              - echelon: national
                fonction: ingenierie
                actions: [Une autre action]
            ---
            Texte.

            """)
        let files = try site.builder().render().get()
        let filters = Self.filters(try Self.page(files, "reseaux/beta/index.html"))
        #expect(
            filters == [
                "rubrique:Monographie", "fonction:Ingénierie", "echelon:National", "echelon:Régional", "phase:Émergence",
                "phase:Diffusion", "nature:Invention", "nature:Extension", "domaine:" + Markdown.plain("Santé : prévention"),
            ])
        // The search page offers every label of the referentiel, escaped, and the monographs' domains.
        let search = try Self.page(files, "recherche/index.html")
        #expect(search.contains("<option>Plaidoyer &amp; représentation</option>"))
        // With French typography (a narrow no-break space before the colon).
        #expect(search.contains("<option>\(Markdown.plain("Santé : prévention"))</option>"))
        #expect(search.contains("<select id=\"filtre-echelon\" name=\"echelon\">"))
        // The filters fold under one control, whose text the script completes with how many are chosen.
        #expect(search.contains("<details class=\"repli-filtres\" id=\"recherche-filtres\">\n"))
        #expect(search.contains("<summary>Filtres<span id=\"recherche-filtres-actifs\"></span></summary>"))
    }

    @Test func everyPageHasASearchBoxLeadingToTheSearchPage() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        let roots = ["index.html": "", "reseaux/alpha/index.html": "../../", "livret/intro/index.html": "../../", "404.html": ""]
        for (path, root) in roots {
            let html = try Self.page(files, path)
            #expect(
                html.contains("<form class=\"recherche-entete\" role=\"search\" action=\"\(root)recherche/index.html\" method=\"get\">"), "\(path)")
            #expect(html.contains("<label for=\"recherche-entete-q\">"), "\(path): the box is labelled")
        }
    }

    @Test func withoutAnIndexerTheSearchPageAndTheBuildSaySo() throws {
        let site = try TemporarySite()
        let report = try site.builder().build(projectRoot: site.root)
        #expect(report.notes.filter { $0.hasPrefix("la recherche n’est pas indexée : Pagefind") }.count == 1)
        let html = try String(contentsOf: site.output.appendingPathComponent("recherche/index.html"), encoding: .utf8)
        #expect(html.contains("La recherche n’est pas disponible sur ce site"))
        #expect(html.contains("Pagefind, le programme qui construit l’index de recherche, est introuvable"))
        #expect(!html.contains("<script"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("pagefind").path))
    }

    /// A stand-in for Pagefind: a shell script that writes what it read into its output folder
    /// (`--output-path`, or `--site`'s `pagefind/`): the documents' names and alpha's document.
    static func fakeIndexer(in site: TemporarySite, exitCode: Int = 0, seconds: Int = 0) throws -> SearchIndexer {
        let script = site.root.appendingPathComponent("faux-pagefind")
        let text = """
            #!/bin/sh
            [ "$1" = "--site" ] || exit 9
            out="$2/pagefind"
            [ "$3" = "--output-path" ] && out="$4"
            \(seconds > 0 ? "exec sleep \(seconds)" : "")
            mkdir -p "$out" && ls "$2" > "$out/pages.txt" && { cp "$2/reseaux.alpha.html" "$out/alpha.html" 2>/dev/null || :; } && echo 'index' > "$out/pagefind.js"
            echo "sortie de l'indexeur" >&2
            exit \(exitCode)

            """
        // Written through a descriptor closed on exec: a process that another test starts meanwhile would
        // otherwise keep the file open for writing as long as it runs, and the script could not be run
        // ("text file busy"). The script is then run once, without arguments (it exits at once), until
        // it can be, for a process started in the instant the file was open.
        let fd = open(script.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let written = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == text.utf8.count else { throw CocoaError(.fileWriteUnknown) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        for attempt in 0..<100 {
            let probe = Process()
            probe.executableURL = script
            do {
                try probe.run()
                probe.waitUntilExit()
                break
            } catch  where attempt < 99 {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        return SearchIndexer(executable: script)
    }

    @Test func theIndexIsMadeOverTheStagedOutputWithTheSearchPageReady() throws {
        let site = try TemporarySite()
        var builder = site.builder()
        builder.indexer = try Self.fakeIndexer(in: site)
        let report = try builder.build(projectRoot: site.root)
        #expect(report.notes.allSatisfy { !$0.contains("recherche") })
        // The indexer read the search documents, and wrote its index into the folder that became the
        // output; the documents are not left in it.
        let pages = try String(contentsOf: site.output.appendingPathComponent("pagefind/pages.txt"), encoding: .utf8)
        #expect(
            pages.split(separator: "\n") == ["livret.intro.html", "referentiel.html", "reseaux.alpha.html", "reseaux.beta.html", "synthese.html"])
        let document = try String(contentsOf: site.output.appendingPathComponent("pagefind/alpha.html"), encoding: .utf8)
        #expect(
            document.contains(
                "<main data-pagefind-body data-pagefind-meta=\"url:reseaux/alpha/\">\n<span hidden data-pagefind-filter=\"rubrique:Monographie\"></span>"
            ))
        #expect(document.contains("<h1>Réseau Alpha</h1>"))
        #expect(!document.contains("<svg"), "the charts are not indexed")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(SearchIndexer.documentsFolder).path))
        let html = try String(contentsOf: site.output.appendingPathComponent("recherche/index.html"), encoding: .utf8)
        #expect(html.contains("<script src=\"../assets/recherche.js\"></script>"))
        #expect(html.contains("id=\"recherche-disque\" hidden"))
        #expect(html.contains("href=\"../explorateur/index.html\""))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/recherche.js").path))
    }

    /// A build that fails while the indexer runs ends it at once and removes the search documents.
    @Test func anIndexingEndedMidwayLeavesNothingBehind() throws {
        let site = try TemporarySite()
        let staged = site.root.appendingPathComponent("en-preparation")
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        let (loaded, _) = try site.builder().validate().get()
        let documents = SearchDocuments(site: loaded, markdown: Markdown(options: MarkdownOptions(allowRawHTML: false)))
        let run = try Self.fakeIndexer(in: site, seconds: 30).start(documents, in: staged)
        let folder = staged.appendingPathComponent(SearchIndexer.documentsFolder)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("reseaux.alpha.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("referentiel.html").path))
        let started = ContinuousClock.now
        run.cancel()
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    /// Nothing lost: when the indexer fails, the build throws its message and the last output stays.
    @Test func aFailingIndexerLeavesTheOutputAsItWas() throws {
        let site = try TemporarySite()
        try site.builder().build(projectRoot: site.root)
        let before = try Data(contentsOf: site.output.appendingPathComponent("reseaux/alpha/index.html"))
        try site.write(
            "reseaux/alpha.md", try String(contentsOf: site.content.appendingPathComponent("reseaux/alpha.md"), encoding: .utf8) + "\nAjout.\n")
        var builder = site.builder()
        builder.indexer = try Self.fakeIndexer(in: site, exitCode: 3)
        let error = #expect(throws: SearchIndexer.Failure.self) { try builder.build(projectRoot: site.root) }
        #expect(error?.status == 3)
        #expect(error?.description.contains("sortie de l'indexeur") == true)
        #expect(try Data(contentsOf: site.output.appendingPathComponent("reseaux/alpha/index.html")) == before)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("pagefind").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".Output.") }
        #expect(leftovers.isEmpty)
    }

    @Test func theIndexerIsFoundByOptionThenEnvironmentThenProjectThenPath() throws {
        let site = try TemporarySite()
        let fake = try Self.fakeIndexer(in: site).executable
        let bin = site.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("pagefind"), withDestinationURL: fake)
        let local = site.root.appendingPathComponent(".venv-search/bin")
        try FileManager.default.createDirectory(at: local, withIntermediateDirectories: true)

        let root = site.root
        #expect(SearchIndexer.locate(explicit: "faux-pagefind", projectRoot: root, environment: [:])?.executable.path == fake.path)
        #expect(SearchIndexer.locate(explicit: "absent", projectRoot: root, environment: ["PATH": bin.path])?.executable == nil)
        #expect(SearchIndexer.locate(explicit: nil, projectRoot: root, environment: ["MONOGRAPH_PAGEFIND": fake.path])?.executable.path == fake.path)
        #expect(
            SearchIndexer.locate(explicit: nil, projectRoot: root, environment: ["PATH": "/nulle-part:" + bin.path])?.executable.lastPathComponent
                == "pagefind")
        #expect(SearchIndexer.locate(explicit: nil, projectRoot: root, environment: ["PATH": "/nulle-part"])?.executable == nil)
        try FileManager.default.copyItem(at: fake, to: local.appendingPathComponent("pagefind"))
        #expect(
            SearchIndexer.locate(explicit: nil, projectRoot: root, environment: ["PATH": bin.path])?.executable.path
                == local.appendingPathComponent("pagefind").path)
    }

    /// The search documents of a test site's build.
    static func documents(_ site: TemporarySite) throws -> SearchDocuments {
        let (loaded, _) = try site.builder().validate().get()
        return SearchDocuments(site: loaded, markdown: Markdown(options: MarkdownOptions(allowRawHTML: false)))
    }

    /// `serve` refreshes the index after its builds, from their search documents written beside the served
    /// folder, never more than one run at a time; one more run covers the builds that finished during a
    /// run. The documents do not stay behind.
    @Test func serveRefreshesTheIndexAfterBuilds() async throws {
        let site = try TemporarySite()
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        let refresher = SearchRefresher(indexer: try Self.fakeIndexer(in: site), folder: site.output)
        let documents = try Self.documents(site)
        refresher.refresh(documents)
        refresher.refresh(documents)
        refresher.refresh(documents)
        for _ in 0..<100 where refresher.runs < 2 { try await Task.sleep(for: .milliseconds(20)) }
        try await Task.sleep(for: .milliseconds(200))
        #expect(refresher.runs == 2)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("pagefind/pagefind.js").path))
        let read = try String(contentsOf: site.output.appendingPathComponent("pagefind/alpha.html"), encoding: .utf8)
        #expect(read.contains("<main data-pagefind-body data-pagefind-meta=\"url:reseaux/alpha/\">"), "the indexer read alpha's search document")
        #expect(!FileManager.default.fileExists(atPath: refresher.scratch.path))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(SearchIndexer.documentsFolder).path))
    }

    /// When the server stops, the run under way is ended and no other starts: no indexer outlives it.
    @Test func stoppingTheServerEndsTheIndexer() async throws {
        let site = try TemporarySite()
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        let refresher = SearchRefresher(indexer: try Self.fakeIndexer(in: site, seconds: 30), folder: site.output)
        let documents = try Self.documents(site)
        refresher.refresh(documents)
        refresher.refresh(documents)
        for _ in 0..<250 where refresher.starts < 1 { try await Task.sleep(for: .milliseconds(20)) }
        #expect(refresher.starts >= 1, "the indexer started")
        let stopping = ContinuousClock.now
        refresher.stop()
        for _ in 0..<250 where refresher.isBusy { try await Task.sleep(for: .milliseconds(20)) }
        // The indexer sleeps for 30 seconds: it was ended, not waited for.
        #expect(!refresher.isBusy)
        #expect(ContinuousClock.now - stopping < .seconds(5))
        let starts = refresher.starts
        refresher.refresh(documents)
        try await Task.sleep(for: .milliseconds(200))
        #expect(refresher.starts == starts, "no indexer starts once the server has stopped")
        #expect(!refresher.isBusy)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("pagefind").path))
        #expect(!FileManager.default.fileExists(atPath: refresher.scratch.path))
    }
}
