import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

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

    @Test func incrementalRebuildsMatchFullBuilds() throws {
        let site = try TemporarySite()
        let state = IncrementalState()
        try site.builder().rebuild(projectRoot: site.root, state: state)
        func expectSameAsFullBuild(_ step: String) throws {
            let fresh = try TemporarySite()
            try FileManager.default.removeItem(at: fresh.content)
            try FileManager.default.copyItem(at: site.content, to: fresh.content)
            _ = try fresh.builder().build(projectRoot: fresh.root)
            let (incremental, full) = (fileTree(site.output), fileTree(fresh.output))
            #expect(Set(incremental.keys) == Set(full.keys), "\(step)")
            for (path, data) in full where incremental[path] != data { Issue.record("\(step): \(path) differs") }
        }
        try expectSameAsFullBuild("first build")

        // Prose only: the monograph's page changes, the rest is reused.
        try site.write("reseaux/beta.md", monograph(body: "## Dynamique d'innovation\nDu texte.\n").replacingOccurrences(of: "Gamma", with: "Bêta"))
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try expectSameAsFullBuild("prose")

        // A structured change, a renamed network (neighbours' links), a new file and a removed one.
        try site.write("reseaux/beta.md", monograph("numero: 5\npratiques:\n  - echelon: local\n    fonction: plaidoyer\n"))
        try site.builder().rebuild(projectRoot: site.root, state: state)
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
            try site.builder().rebuild(projectRoot: site.root, state: state)
            try expectSameAsFullBuild(step)
        }
        try site.write(
            "reseaux/beta.md",
            monograph("numero: 5\npratiques:\n  - echelon: local\n    fonction: plaidoyer\n").replacingOccurrences(of: "Gamma", with: "Bêta renommé"))
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try expectSameAsFullBuild("renamed")
        let synthesis = try String(contentsOf: site.content.appendingPathComponent("synthese.md"), encoding: .utf8)
        try site.write("synthese.md", synthesis + "\nUn paragraphe de plus.\n")
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try expectSameAsFullBuild("synthesis text")
        let booklet = try String(contentsOf: site.content.appendingPathComponent("livret/intro.md"), encoding: .utf8)
        try site.write("livret/intro.md", booklet + "\nUn paragraphe de plus.\n")
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try expectSameAsFullBuild("booklet text")

        try site.write("reseaux/delta.md", monograph("numero: 2").replacingOccurrences(of: "Gamma", with: "Delta"))
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try expectSameAsFullBuild("added")
        try site.remove("reseaux/delta.md")
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try expectSameAsFullBuild("removed")

        // A broken file changes nothing on disk, and the next good build catches up.
        let before = fileTree(site.output)
        try site.write("reseaux/beta.md", monograph("fonction: x"))
        #expect(throws: ContentErrors.self) { try site.builder().rebuild(projectRoot: site.root, state: state) }
        #expect(fileTree(site.output) == before)
        try site.write("reseaux/beta.md", monograph())
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try expectSameAsFullBuild("recovered")
    }
}
