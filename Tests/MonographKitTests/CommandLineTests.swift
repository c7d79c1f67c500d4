import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// How the `monograph` executable ends: a refusal is one diagnostic and the count on standard error,
/// with exit status 1; a success exits 0.
@Suite struct CommandLineTests {
    /// A project with the templates and a non-empty `Documents/` folder that monograph did not create.
    private func project() throws -> TemporarySite {
        let site = try TemporarySite()
        try FileManager.default.copyItem(at: Paths.templates, to: site.root.appendingPathComponent("Templates"))
        let documents = site.root.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try Data("à garder".utf8).write(to: documents.appendingPathComponent("lettre.txt"))
        return site
    }

    /// The working directory as the executable sees it (symbolic links resolved).
    private func real(_ site: TemporarySite) -> String {
        site.root.resolvingSymlinksInPath().path
    }

    @Test(arguments: [["build", "--output", "Documents"], ["serve", "--output", "Documents", "--port", "0"]])
    func refusedOutputFolderIsOneDiagnosticAndExits1(arguments: [String]) throws {
        let site = try project()
        let result = try EndToEndTests().run(arguments, in: site.root)
        let documents = real(site) + "/Documents"
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                \(documents): error: « \(documents) » n'est pas vide et n'a pas été créé par monograph : \
                refus de le remplacer (choisissez un dossier vide ou inexistant)
                1 erreur : rien n'a été écrit.

                """)
        #expect(result.stdout.isEmpty)
    }

    @Test func newOnAnExistingNameIsOneDiagnosticAndExits1() throws {
        let site = try project()
        try site.write("reseaux/reseau-alpha.md", "contenu à garder")
        let result = try EndToEndTests().run(["new", "Réseau Alpha"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                Content/reseaux/reseau-alpha.md: error: « \(real(site))/Content/reseaux/reseau-alpha.md » existe déjà : \
                monograph new n'écrase jamais un fichier (choisissez un autre nom ou modifiez celui-ci)
                1 erreur : rien n'a été écrit.

                """)
        #expect(try String(contentsOf: site.content.appendingPathComponent("reseaux/reseau-alpha.md"), encoding: .utf8) == "contenu à garder")
    }

    @Test func newOnANameWithoutLettersIsOneDiagnosticAndExits1() throws {
        let site = try project()
        let result = try EndToEndTests().run(["new", "« ! »"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                Content/reseaux: error: « « ! » » ne donne pas de nom de fichier : utilisez au moins une lettre ou un chiffre
                1 erreur : rien n'a été écrit.

                """)
    }

    /// Run from a folder without `Content/`: one error saying where to run from, for every command that reads it.
    @Test(arguments: [["check"], ["build"], ["schema"], ["serve", "--port", "0"]])
    func wrongFolderIsOneErrorSayingWhereToRunFrom(arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("monograph-vide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try EndToEndTests().run(arguments, in: folder)
        #expect(result.status == 1)
        let summary = arguments == ["check"] ? "Contenu vérifié : 1 erreur à corriger." : "1 erreur : rien n'a été écrit."
        #expect(
            result.stderr == """
                Content: error: pas de dossier « Content » dans \(folder.resolvingSymlinksInPath().path) : lancez monograph depuis \
                le dossier du projet (celui qui contient Content/ et Templates/), ou indiquez le dossier du contenu avec --content
                \(summary)

                """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// The help of every command is in French, the library's own words included.
    @Test(arguments: [
        ["--help"], ["help"], ["build", "--help"], ["check", "--help"], ["new", "--help"], ["schema", "--help"], ["serve", "--help"],
    ])
    func helpIsInFrench(arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory
        let result = try EndToEndTests().run(arguments, in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("DESCRIPTION : "))
        #expect(result.stdout.contains("UTILISATION : monograph"))
        #expect(result.stdout.contains("-h, --help              Affiche cette aide."))
        for english in ["OVERVIEW", "USAGE", "OPTIONS:", "SUBCOMMANDS", "ARGUMENTS:", "Show help", "default", "See '", "<subcommand>"] {
            #expect(!result.stdout.contains(english), "\(english) in \(arguments)")
        }
    }

    @Test func rootHelpListsTheCommandsInFrench() throws {
        let result = try EndToEndTests().run(["--help"], in: FileManager.default.temporaryDirectory)
        #expect(result.stdout.contains("\nCOMMANDES :\n  build (par défaut)      Valide le contenu et construit le site dans le\n"))
        #expect(result.stdout.hasSuffix("  « monograph help <commande> » donne l’aide de chaque commande.\n"))
    }

    @Test func unknownCommandNamesTheClosestOne() throws {
        let result = try EndToEndTests().run(["chek"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "erreur : commande inconnue « chek » ; vouliez-vous dire « check » ? (commandes : build, check, new, schema, serve)\n")
    }

    @Test func usageErrorsAreInFrench() throws {
        let folder = FileManager.default.temporaryDirectory
        let missing = try EndToEndTests().run(["new"], in: folder)
        #expect(missing.status == 64)
        #expect(
            missing.stderr == """
                erreur : argument manquant : <nom>
                Aide :  <nom>  Le nom du réseau, par exemple « Fédération des Œuvres Laïques ».
                Utilisation : monograph new <nom> [--content <dossier>]
                  « monograph new --help » en dit plus.

                """)
        let format = try EndToEndTests().run(["check", "--format", "xml"], in: folder)
        #expect(format.status == 64)
        #expect(format.stderr.hasPrefix("erreur : la valeur « xml » ne convient pas à --format <format>\n"))
        let option = try EndToEndTests().run(["build", "--bogus"], in: folder)
        #expect(option.stderr.hasPrefix("erreur : option inconnue « --bogus »\n"))
    }

    /// A port another server holds is said before anything is built, with the port to try instead.
    @Test func aBusyPortIsSaidBeforeBuilding() throws {
        let site = try project()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Documents"))
        // A socket of this test's own holds a port of 127.0.0.1.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(holder, pointer, length) == 0 && listen(holder, 1) == 0 && getsockname(holder, pointer, &length) == 0
            }
        }
        try #require(bound)
        let port = UInt16(bigEndian: address.sin_port)
        let result = try EndToEndTests().run(["serve", "--port", "\(port)"], in: site.root)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                127.0.0.1:\(port): error: le port \(port) est déjà utilisé, sans doute par un autre aperçu : arrêtez-le, \
                ou choisissez un autre port (monograph serve --port \(port + 1))
                1 erreur : rien n'a été construit.

                """)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func successExits0WithNothingOnStandardError() throws {
        let site = try project()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + LegalNoticeTests.complete)
        let build = try EndToEndTests().run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stderr.isEmpty)
        #expect(build.stdout.hasPrefix("Site construit dans Output/ : "))
        let new = try EndToEndTests().run(["new", "Réseau Gamma"], in: site.root)
        #expect(new.status == 0)
        #expect(new.stderr.isEmpty)
        #expect(new.stdout.hasPrefix("Monographie créée : Content/reseaux/reseau-gamma.md\n"))
    }

    /// A legal notice left incomplete is said on standard error, and the site is built all the same.
    @Test func aBuildWarnsOfTheLegalNoticesMissingFields() throws {
        let site = try project()
        let build = try EndToEndTests().run(["build"], in: site.root)
        #expect(build.status == 0)
        #expect(build.stdout.hasPrefix("Site construit dans Output/ : "))
        let lines = build.stderr.split(separator: "\n")
        #expect(lines.count == 6)
        let expected =
            "Content/site.yml: warning: mentions légales incomplètes : « mentions_legales.association » "
            + "(le nom de l’association qui publie le site) n’est pas renseigné ; la page des mentions légales le dit"
        #expect(lines.first.map(String.init) == expected)
        #expect(lines.last == "Contenu vérifié : 5 avertissements.")
    }

    /// Search: the indexer named by --pagefind runs over the build; --sans-recherche skips it and says so;
    /// a failing indexer is one diagnostic, exit 1, and the output stays as it was.
    @Test func theSearchIndexerIsRunSkippedOrRefusedClearly() throws {
        let site = try project()
        let fake = try SearchTests.fakeIndexer(in: site)
        let indexed = try EndToEndTests().run(["build", "--pagefind", fake.executable.path], in: site.root)
        #expect(indexed.status == 0)
        #expect(!indexed.stdout.contains("recherche"))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("pagefind/pagefind.js").path))

        let skipped = try EndToEndTests().run(["build", "--sans-recherche"], in: site.root)
        #expect(skipped.status == 0)
        #expect(skipped.stdout.contains("note : la recherche n’est pas indexée : le site a été construit avec l’option --sans-recherche."))
        let page = try String(contentsOf: site.output.appendingPathComponent("recherche/index.html"), encoding: .utf8)
        #expect(page.contains("--sans-recherche"))

        let before = try Data(contentsOf: site.output.appendingPathComponent("recherche/index.html"))
        let failing = try SearchTests.fakeIndexer(in: site, exitCode: 2)
        let failed = try EndToEndTests().run(["build", "--pagefind", failing.executable.path], in: site.root)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("error: index de recherche impossible : Pagefind a échoué (code 2)"))
        #expect(failed.stderr.hasSuffix("1 erreur : rien n'a été écrit.\n"))
        #expect(try Data(contentsOf: site.output.appendingPathComponent("recherche/index.html")) == before)
    }
}
