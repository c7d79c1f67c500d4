import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Expects `site`'s output folder to hold what a full build of its content writes, file for file.
func expectFullBuildOutput(in site: TemporarySite, _ step: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let fresh = try TemporarySite()
    try FileManager.default.removeItem(at: fresh.content)
    try FileManager.default.copyItem(at: site.content, to: fresh.content)
    _ = try fresh.builder().build(projectRoot: fresh.root)
    let (incremental, full) = (fileTree(site.output), fileTree(fresh.output))
    #expect(Set(incremental.keys) == Set(full.keys), "\(step)", sourceLocation: sourceLocation)
    for (path, data) in full where incremental[path] != data { Issue.record("\(step): \(path) differs", sourceLocation: sourceLocation) }
}

/// The preview server's incremental rebuild must give exactly what a full build gives.
@Suite struct IncrementalBuildTests {
    /// A practice added to a monograph: its page is written (and announced) first; then the synthesis,
    /// which counts the practice, is brought up to date (and announced); the data files come last.
    @Test func monographPagesComeBeforeSiteWidePagesThenDataFiles() throws {
        let site = try TemporarySite()
        let state = IncrementalState()
        var announced: [[String]] = []
        try site.builder().rebuild(projectRoot: site.root, state: state) { announced.append($0) }
        #expect(announced.isEmpty, "a first build is written in one step")
        func read(_ path: String) throws -> String {
            try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
        }
        let synthesisBefore = try read("synthese/index.html")
        let dataBefore = try read("donnees/synthese.json")
        try site.write("reseaux/beta.md", monograph("numero: 5\npratiques:\n  - {echelon: regional, fonction: plaidoyer, actions: [Action repère]}"))
        var seen: [(page: String, synthesis: String, data: String)] = []
        let last = try site.builder().rebuild(projectRoot: site.root, state: state) { paths in
            announced.append(paths)
            seen.append(
                (
                    (try? read("reseaux/beta/index.html")) ?? "", (try? read("synthese/index.html")) ?? "",
                    (try? read("donnees/synthese.json")) ?? ""
                ))
        }
        try #require(announced.count == 2 && seen.count == 2)
        // First beta's page and citation files (its name changed), and its neighbour's page (whose link
        // shows the new name); no site-wide page.
        #expect(
            announced[0] == [
                "reseaux/alpha/index.html", "reseaux/beta/citation.bib", "reseaux/beta/citation.json", "reseaux/beta/index.html",
            ])
        #expect(seen[0].page.contains("Action repère"))
        #expect(seen[0].synthesis == synthesisBefore)
        // Then the pages built from the whole site, among them the synthesis; no data file yet.
        #expect(announced[1].contains("synthese/index.html"))
        #expect(announced[1].allSatisfy { $0.hasSuffix(".html") && !$0.hasPrefix("reseaux/") })
        #expect(seen[1].synthesis.contains("Action repère"))
        #expect(seen[1].data == dataBefore)
        // Last the data files, which the returned paths name.
        #expect(last.contains("donnees/synthese.json") && last.allSatisfy { !$0.hasSuffix(".html") })
        #expect(try read("donnees/synthese.json").contains("Action repère"))
    }

    /// Told which files changed, as `serve` is by the system, the edited monograph's own files are
    /// written before the folder is read again; the rebuild that follows finds them written. Whatever
    /// else was named, or an edit that moves the monograph or renames it, writes nothing.
    @Test func anEditedMonographIsWrittenBeforeTheFolderIsRead() throws {
        let site = try TemporarySite()
        let state = IncrementalState()
        try site.builder().rebuild(projectRoot: site.root, state: state)
        let beta = try String(contentsOf: site.content.appendingPathComponent("reseaux/beta.md"), encoding: .utf8)
        func writeEdited(_ named: [String]) throws -> [String]? {
            let changed = Set(named.map { $0.hasPrefix("/") ? $0 : site.content.appendingPathComponent($0).path })
            return try site.builder().writeEditedMonographs(changed, projectRoot: site.root, state: state)
        }
        func rebuild() throws -> [[String]] {
            var announced: [[String]] = []
            try site.builder().rebuild(projectRoot: site.root, state: state) { announced.append($0) }
            return announced
        }
        // An editor's hidden swap file, and its copy of the file it saves, gone once saved, are named too.
        try site.write("reseaux/.beta.md.swp", "x")
        try site.write("reseaux/beta.md", beta + "\n## Dynamique d'innovation\nUn texte repère.\n")
        #expect(try writeEdited(["reseaux/beta.md", "reseaux/beta.md~", "reseaux/.beta.md.swp"]) == ["reseaux/beta/index.html"])
        #expect(try String(contentsOf: site.output.appendingPathComponent("reseaux/beta/index.html"), encoding: .utf8).contains("Un texte repère"))
        // The rebuild's first step finds the page written.
        #expect(try rebuild().first == [])

        // Not taken: a name changed (the neighbours' links show it), another file named (a new monograph,
        // the settings, a template), a file that does not read.
        let unchanged = fileTree(site.output)
        try site.write("reseaux/beta.md", beta.replacingOccurrences(of: "nom: Bêta", with: "nom: Bêta renommé"))
        #expect(try writeEdited(["reseaux/beta.md"]) == nil)
        try site.write("reseaux/beta.md", beta + "\nUn autre texte.\n")
        try site.write("reseaux/delta.md", monograph().replacingOccurrences(of: "Gamma", with: "Delta"))
        #expect(try writeEdited(["reseaux/beta.md", "reseaux/delta.md"]) == nil)
        #expect(try writeEdited(["reseaux/beta.md", "site.yml"]) == nil)
        #expect(try writeEdited(["reseaux/beta.md", Paths.templates.appendingPathComponent("base.mustache").path]) == nil)
        try site.write("reseaux/beta.md", beta.replacingOccurrences(of: "domaine:", with: "domaine: [x]\nautre:"))
        #expect(try writeEdited(["reseaux/beta.md"]) == nil)
        #expect(fileTree(site.output) == unchanged)
        // Nor after a build that failed, until one reads the folder without error.
        #expect(throws: ContentErrors.self) { try rebuild() }
        try site.write("reseaux/beta.md", beta + "\nUn texte enfin lisible.\n")
        #expect(try writeEdited(["reseaux/beta.md"]) == nil)
    }

    /// An edit written while a rebuild runs stays as it is: the rebuild's own files for it predate it.
    /// The rebuild writes everything else; the rebuild the edit asks for brings the rest up to date.
    @Test func anEditWrittenDuringARebuildStaysWritten() throws {
        let site = try TemporarySite()
        let state = IncrementalState()
        try site.builder().rebuild(projectRoot: site.root, state: state)
        let page = site.output.appendingPathComponent("reseaux/beta/index.html")
        // A practice, which the synthesis shows once the rebuild is done.
        let edited = monograph("pratiques:\n  - {echelon: regional, fonction: plaidoyer, actions: [Action repère]}")
        try site.write("reseaux/beta.md", edited)
        var steps = 0
        try site.builder().rebuild(projectRoot: site.root, state: state) { _ in
            steps += 1
            guard steps == 1 else { return }
            // Saved again while the site-wide pages are made.
            try? site.write("reseaux/beta.md", edited + "\nUn second texte.\n")
            _ = try? site.builder().writeEditedMonographs(
                [site.content.appendingPathComponent("reseaux/beta.md").path], projectRoot: site.root, state: state)
        }
        #expect(steps == 2)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Un second texte"))
        let synthesis = try String(contentsOf: site.output.appendingPathComponent("synthese/index.html"), encoding: .utf8)
        #expect(synthesis.contains("Action repère"), "the rebuild wrote the site-wide pages it made")
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try expectFullBuildOutput(in: site)
    }

    /// An edit is read with the site last read; what it reads is not kept for the next build, which
    /// reads the file again with its own settings (here `html_brut`, changed just before).
    @Test func anEditIsReadAgainByTheNextBuild() throws {
        let site = try TemporarySite()
        let state = IncrementalState()
        let beta = try String(contentsOf: site.content.appendingPathComponent("reseaux/beta.md"), encoding: .utf8)
        try site.write("reseaux/beta.md", beta + "\nUn <span class=\"brut\">texte</span>.\n")
        try site.builder().rebuild(projectRoot: site.root, state: state)
        let before = state.lastGood
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + "html_brut: true\n")
        try site.builder().rebuild(projectRoot: site.root, state: state)
        // As if the edit came while the build that reads the new settings was still loading.
        state.lastGood = before
        try site.write("reseaux/beta.md", beta + "\nUn <span class=\"brut\">texte</span> revu.\n")
        let path = site.content.appendingPathComponent("reseaux/beta.md").path
        #expect(try site.builder().writeEditedMonographs([path], projectRoot: site.root, state: state) != nil)
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try expectFullBuildOutput(in: site)
    }

    /// In git, a build that read a file before an edit dates what it read when it is done; the next
    /// build still reads the edited file (a reading kept from the edit could be replaced by the older one).
    @Test func anEditDuringABuildInGitIsReadAgain() throws {
        let repository = try GitSite.dated()
        let site = repository.site
        let state = IncrementalState()
        try site.builder().rebuild(projectRoot: site.root, state: state)
        let path = site.content.appendingPathComponent("reseaux/beta.md")
        let beta = try String(contentsOf: path, encoding: .utf8)
        try site.write("reseaux/beta.md", beta + "\nUn premier texte.\n")
        try site.builder().rebuild(projectRoot: site.root, state: state)
        let read = try #require(state.lastGood).site.monographs
        try site.write("reseaux/beta.md", beta + "\nUn second texte.\n")
        #expect(try site.builder().writeEditedMonographs([path.path], projectRoot: site.root, state: state) != nil)
        // The build under way, which read the first text, ends by dating its monographs.
        state.parses.refresh(read)
        try site.builder().rebuild(projectRoot: site.root, state: state)
        let page = try String(contentsOf: site.output.appendingPathComponent("reseaux/beta/index.html"), encoding: .utf8)
        #expect(page.contains("Un second texte"))
    }

    /// Each rebuild is told which file changed, as `serve` is by the system, or is not told (`named`).
    @Test(arguments: [false, true]) func incrementalRebuildsMatchFullBuilds(named: Bool) throws {
        let site = try TemporarySite()
        let state = IncrementalState()
        try site.builder().rebuild(projectRoot: site.root, state: state)
        // The rebuild after `edited` changed, told of it first as `serve` is. What the edit wrote, the
        // rebuild finds written: its first step changes none of that monograph's files.
        func rebuild(after edited: String) throws {
            let written =
                named
                ? try site.builder().writeEditedMonographs([site.content.appendingPathComponent(edited).path], projectRoot: site.root, state: state)
                : nil
            var first: [String]?
            try site.builder().rebuild(projectRoot: site.root, state: state) { first = first ?? $0 }
            if written != nil, let name = edited.split(separator: "/").last?.dropLast(3) {
                #expect(first?.contains { $0.hasPrefix("reseaux/\(name)/") } == false, "\(edited): \(first ?? [])")
            }
        }
        func expectSameAsFullBuild(_ step: String) throws {
            try expectFullBuildOutput(in: site, step)
        }
        try expectSameAsFullBuild("first build")

        // Prose only: the monograph's page changes, the rest is reused.
        try site.write("reseaux/beta.md", monograph(body: "## Dynamique d'innovation\nDu texte.\n").replacingOccurrences(of: "Gamma", with: "Bêta"))
        try rebuild(after: "reseaux/beta.md")
        try expectSameAsFullBuild("prose")

        // A structured change, a renamed network (neighbours' links), a new file and a removed one.
        try site.write("reseaux/beta.md", monograph("numero: 5\npratiques:\n  - echelon: local\n    fonction: plaidoyer\n"))
        try rebuild(after: "reseaux/beta.md")
        try expectSameAsFullBuild("structure")
        // Each part of the site that site-wide pages show separately: key points (no site-wide page),
        // identity (home, identities view, CSV), natures and cycles (natures and innovations views),
        // a name (every list), and the texts of the synthesis and of the booklet around their views.
        let edits: [(String, String)] = [
            ("key point", "numero: 5\nperspectives: [Un point clé]"),
            ("identity", "numero: 5\nperspectives: [Un point clé]\nidentite: {creation: 1990, adherents: 40 associations}"),
            (
                "natures",
                "numero: 5\ndynamique: {natures: [extension]}\ncycles:\n  - {debut: 2001, titre: Un cycle, natures: [invention],"
                    + " innovations: [{nom: Une innovation, types: [solutions], phase: emergence}]}"
            ),
            (
                "practice",
                "numero: 5\ndynamique: {natures: [extension]}\npratiques:\n  - {echelon: regional, fonction: ingenierie, actions: [{texte: Une action, phases: [diffusion]}]}"
            ),
            // The editorial state alone: home card, completeness view and every view's coverage.
            (
                "partial",
                "numero: 5\ndynamique: {natures: [extension]}\npratiques:\n  - {echelon: regional, fonction: ingenierie, actions: [{texte: Une action, phases: [diffusion]}]}"
                    + "\nredaction: {pratiques: partielle, dynamique: partielle}"
            ),
            (
                "complete again",
                "numero: 5\ndynamique: {natures: [extension]}\npratiques:\n  - {echelon: regional, fonction: ingenierie, actions: [{texte: Une action, phases: [diffusion]}]}"
                    + "\nredaction: {dynamique: partielle}"
            ),
        ]
        for (step, frontMatter) in edits {
            try site.write("reseaux/beta.md", monograph(frontMatter))
            try rebuild(after: "reseaux/beta.md")
            try expectSameAsFullBuild(step)
        }
        try site.write(
            "reseaux/beta.md",
            monograph("numero: 5\npratiques:\n  - echelon: local\n    fonction: plaidoyer\n").replacingOccurrences(of: "Gamma", with: "Bêta renommé"))
        try rebuild(after: "reseaux/beta.md")
        try expectSameAsFullBuild("renamed")
        let synthesis = try String(contentsOf: site.content.appendingPathComponent("synthese.md"), encoding: .utf8)
        try site.write("synthese.md", synthesis + "\nUn paragraphe de plus.\n")
        try rebuild(after: "synthese.md")
        try expectSameAsFullBuild("synthesis text")
        let booklet = try String(contentsOf: site.content.appendingPathComponent("livret/intro.md"), encoding: .utf8)
        try site.write("livret/intro.md", booklet + "\nUn paragraphe de plus.\n")
        try rebuild(after: "livret/intro.md")
        try expectSameAsFullBuild("booklet text")

        try site.write("reseaux/delta.md", monograph("numero: 2").replacingOccurrences(of: "Gamma", with: "Delta"))
        try rebuild(after: "reseaux/delta.md")
        try expectSameAsFullBuild("added")
        try site.remove("reseaux/delta.md")
        try rebuild(after: "reseaux/delta.md")
        try expectSameAsFullBuild("removed")

        // A broken file changes nothing on disk, and the next good build catches up.
        let before = fileTree(site.output)
        try site.write("reseaux/beta.md", monograph("fonction: x"))
        #expect(throws: ContentErrors.self) { try rebuild(after: "reseaux/beta.md") }
        #expect(fileTree(site.output) == before)
        try site.write("reseaux/beta.md", monograph())
        try rebuild(after: "reseaux/beta.md")
        try expectSameAsFullBuild("recovered")
    }
}
