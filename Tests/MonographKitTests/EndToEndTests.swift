import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Runs the built `monograph` executable as a user would.
@Suite(.serialized) struct EndToEndTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = Paths.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func project() throws -> TemporarySite {
        let site = try TemporarySite()
        try FileManager.default.copyItem(at: Paths.templates, to: site.root.appendingPathComponent("Templates"))
        return site
    }

    @Test func badMonographFailsWithPlacesAndLeavesOutputUntouched() throws {
        let site = try project()
        let good = try run(["build"], in: site.root)
        #expect(good.status == 0, "\(good.stderr)")
        let before = fileTree(site.output)
        #expect(before["reseaux/alpha/index.html"] != nil)

        try site.write(
            "reseaux/gamma.md",
            monograph(
                "numero: 7\npratiques:\n  - echelon: nationnal\n    fonction: plaidoyer",
                body: "## Histoire\n"))
        let bad = try run(["build"], in: site.root)
        #expect(bad.status == 1)
        let lines = bad.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix("Content/reseaux/gamma.md:7:14: error: échelon inconnu « nationnal » ; vouliez-vous dire « national » ?") })
        #expect(lines.contains { $0.hasPrefix("Content/reseaux/gamma.md:10:1: error: titre de section inconnu « Histoire »") })
        #expect(lines.last == "2 erreurs : rien n'a été écrit.")
        #expect(fileTree(site.output) == before)
    }

    @Test func checkWritesNothingAndShowsCompleteness() throws {
        let site = try project()
        let result = try run(["check"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Réseau Alpha"))
        #expect(result.stdout.contains("Contenu valide : 2 monographies, 1 page du livret, la synthèse."))
        #expect(result.stdout.contains("Réseau Alpha  ✓        ✓         ✓         ✓        ✓         ✓         6 complètes"))
        #expect(result.stdout.contains("Bêta          ·        ·         ·         ·        ·         ·         6 à rédiger"))
        #expect(result.stdout.contains("✓ complète   ◐ partielle   · à rédiger"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func checkJSON() throws {
        let site = try project()
        try site.write("reseaux/gamma.md", monograph("numero: x"))
        let result = try run(["check", "--format", "json"], in: site.root)
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        // The fixture's alpha.md also has a warning (raw HTML, dropped from its page), with its gravity.
        let all = try #require(object?["erreurs"] as? [[String: Any]])
        #expect(all.map { $0["gravite"] as? String } == ["warning", "error"])
        let errors = all.filter { $0["gravite"] as? String == "error" }
        #expect(errors.count == 1)
        #expect(errors.first?["fichier"] as? String == "Content/reseaux/gamma.md")
        #expect(errors.first?["ligne"] as? Int == 5)
        #expect(errors.first?["colonne"] as? Int == 9)
        #expect(errors.first?["texte_ligne"] as? String == "numero: x")
    }

    @Test func checkShowsEachLineWithACaretUnderTheColumn() throws {
        let site = try project()
        try site.write("reseaux/gamma.md", monograph("pratiques:\n  - echelon: national\n    fonction: ingenieri\n  - echelon: régional"))
        let result = try run(["check"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                Content/reseaux/alpha.md:54:29: warning: HTML dans le texte, que le site n’affiche pas : écrivez-le en Markdown, \
                ou ajoutez « html_brut: true » à site.yml pour le garder
                   54 | Une dynamique : forte. Voir <script>alert(1)</script> et [ce lien](javascript:alert(1)).
                      |                             ^
                Content/reseaux/gamma.md:7:15: error: fonction inconnue « ingenieri » ; vouliez-vous dire « ingenierie » ? \
                (valeurs possibles : mise-en-reseau, ingenierie, pilotage-de-projets, accompagnement-personnalise, plaidoyer, fonction-operateur)
                   7 |     fonction: ingenieri
                     |               ^
                Content/reseaux/gamma.md:8:5: error: clé obligatoire « fonction » absente d’une pratique
                   8 |   - echelon: régional
                     |     ^
                Content/reseaux/gamma.md:8:14: error: échelon inconnu « régional » ; vouliez-vous dire « regional » ? \
                (valeurs possibles : national, regional, departemental, local)
                   8 |   - echelon: régional
                     |              ^
                Contenu vérifié : 3 erreurs à corriger, 1 avertissement.

                """)
    }

    @Test func refusesToOverwriteAFolderItDidNotCreate() throws {
        let site = try project()
        let precious = site.root.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try Data("à garder".utf8).write(to: precious.appendingPathComponent("lettre.txt"))
        let result = try run(["build", "--output", "Documents"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("n'a pas été créé par monograph"))
        #expect(FileManager.default.contents(atPath: precious.appendingPathComponent("lettre.txt").path) == Data("à garder".utf8))
        let intoContent = try run(["build", "--output", "Content"], in: site.root)
        #expect(intoContent.status == 1)
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("site.yml").path))
    }
}
