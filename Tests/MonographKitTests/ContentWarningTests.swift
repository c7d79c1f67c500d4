import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// What `check` points out without refusing, each at its line: the skeleton's texts left in place,
/// cycles out of order, years to come.
@Suite struct ContentWarningTests {
    private func warnings(_ files: [String: String], year: Int = 2026) throws -> [String] {
        let site = try TemporarySite(files)
        return Self.others(ContentLoader(root: site.content, displayRoot: "Content").warnings(year: year).map(\.description))
    }

    /// Without the warning of the fixture's `alpha.md`, whose raw HTML is there to be dropped.
    private static func others(_ warnings: [String]) -> [String] {
        warnings.filter { !$0.hasPrefix("Content/reseaux/alpha.md:") }
    }

    @Test func aNewMonographIsWarnedAtEachTextOfTheSkeleton() throws {
        let site = try TemporarySite()
        _ = try Skeleton.create(name: "Réseau Delta", content: site.content)
        let found = Self.others(ContentLoader(root: site.content, displayRoot: "Content").warnings(year: 2026).map(\.description))
        #expect(
            found == [
                "Content/reseaux/reseau-delta.md:14:8: warning: « Titre de la monographie » est encore le texte d’exemple du squelette :"
                    + " remplacez-le par le vrai texte",
                "Content/reseaux/reseau-delta.md:16:10: warning: « Domaine du réseau » est encore le texte d’exemple du squelette :"
                    + " remplacez-le par le vrai texte",
            ])
        // The site is still valid: a warning never stops a build.
        #expect(site.diagnostics() == [])
    }

    @Test func anExampleUncommentedIsWarnedToo() throws {
        let found = try warnings([
            "reseaux/gamma.md": monograph(
                "pratiques:\n  - echelon: national\n    fonction: plaidoyer\n    actions:\n      - Une action, en une phrase.")
        ])
        #expect(
            found == [
                "Content/reseaux/gamma.md:9:9: warning: « Une action, en une phrase. » est encore le texte d’exemple du squelette :"
                    + " remplacez-le par le vrai texte"
            ])
    }

    @Test func cyclesOutOfOrderAndYearsToCome() throws {
        let found = try warnings([
            "reseaux/gamma.md": monograph(
                "identite:\n  creation: 2031\ncycles:\n  - debut: 1980\n    titre: A\n  - debut: 1950\n    titre: B\n  - debut: 2040\n    titre: C")
        ])
        #expect(
            found == [
                "Content/reseaux/gamma.md:6:13: warning: année 2031 à venir (nous sommes en 2026) : vérifiez l’année de création",
                "Content/reseaux/gamma.md:10:12: warning: ce cycle commence en 1950, avant celui de la ligne 8 (1980) :"
                    + " les cycles se suivent du plus ancien au plus récent ; placez-le avant",
                "Content/reseaux/gamma.md:12:12: warning: année 2040 à venir (nous sommes en 2026) : vérifiez le début de ce cycle",
            ])
    }

    @Test func markdownThatThePageDoesNotShowAsWritten() throws {
        let body =
            "Un <b>gras</b> et <!-- une note --> ici.\n\n- un\n-\n- trois\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<div>bloc</div>\n\n"
            + "`<code>` et <https://exemple.org>\n"
        let found = try warnings(["reseaux/gamma.md": monograph(body: body), "livret/deux.md": "---\ntitre: Deux\n---\n-\n"])
        let html = "HTML dans le texte, que le site n’affiche pas : écrivez-le en Markdown, ou ajoutez « html_brut: true » à site.yml pour le garder"
        let item = "élément de liste vide : écrivez son texte après le tiret, ou supprimez la ligne"
        #expect(
            found == [
                "Content/reseaux/gamma.md:6:4: warning: " + html,
                "Content/reseaux/gamma.md:9:1: warning: " + item,
                "Content/reseaux/gamma.md:12:1: warning: tableau écrit avec « | », que le site affiche comme du texte : présentez ces données en liste",
                "Content/reseaux/gamma.md:16:1: warning: " + html,
                "Content/livret/deux.md:4:1: warning: " + item,
            ])
    }

    @Test func rawHTMLKeptIsNoWarning() throws {
        let found = try warnings([
            "site.yml": "titre: Site\nhtml_brut: true\n", "reseaux/gamma.md": monograph(body: "Un <b>gras</b>.\n"),
        ])
        #expect(found == [])
    }

    @Test func theProjectsContentHasNoWarning() {
        #expect(ContentLoader(root: Paths.content, displayRoot: "Content").warnings(year: 2026).isEmpty)
    }

    /// `check` prints the warnings and their count on standard error, exits 0 and still shows the table.
    @Test func checkShowsWarningsAndSucceeds() throws {
        let site = try TemporarySite()
        try FileManager.default.copyItem(at: Paths.templates, to: site.root.appendingPathComponent("Templates"))
        try site.write("reseaux/gamma.md", "---\nnom: Gamma\ntitre: Titre de la monographie\ndomaine: D\n---\n")
        let result = try EndToEndTests().run(["check"], in: site.root)
        #expect(result.status == 0)
        // The fixture's alpha.md has raw HTML, dropped from its page.
        #expect(result.stderr.hasPrefix("Content/reseaux/alpha.md:54:29: warning: HTML dans le texte"))
        #expect(
            result.stderr.hasSuffix(
                """
                Content/reseaux/gamma.md:3:8: warning: « Titre de la monographie » est encore le texte d’exemple du squelette : \
                remplacez-le par le vrai texte
                   3 | titre: Titre de la monographie
                     |        ^
                Contenu vérifié : 2 avertissements.

                """))
        #expect(result.stdout.hasPrefix("Contenu valide : "))
    }
}
