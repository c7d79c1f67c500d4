import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The history pages' layout, rendered once and filled for each page: the same page as rendering it
/// alone, and no shell where the templates do something else with the values than show them.
@Suite struct SharedShellTests {
    /// The layout of `site` with the templates of `folder`.
    func layout(_ site: Site, templates folder: URL = Paths.templates) throws -> PageLayout {
        let templates = try TemplateSet.load(root: folder, displayRoot: "Templates").get()
        return PageLayout(templates: templates, settings: site.settings, navigation: Navigation(site))
    }

    /// A history page as rendered by the page template itself.
    func renderedAlone(_ inputs: HistoryPage.Inputs, _ layout: PageLayout, body: String) -> String {
        let title = "Historique : " + inputs.nom
        let context = layout.context(title: title, root: "../../../", current: "reseau", path: HistoryPage.path(inputs.slug))
            .adding(["titre": Markdown.plain(title), "sommaire_livret": [Any](), "sommaire_page": [Any](), "voisins": false])
        return ProsePages.parts(body: body, layout, context).joined()
    }

    @Test(arguments: ["Alpha", "L’Été & « Cie » <br> 'x'", "Réseau \"A\" > B"])
    func eachPageIsThePageRenderedAlone(nom: String) throws {
        var site = try TemporarySite().load()
        site.settings.url = "https://exemple.org/"
        let layout = try layout(site)
        let commit = ContentHistory.Commit(hash: String(repeating: "a", count: 40), date: "2026-03-05", time: "", order: 0, subject: "")
        // A first page makes the shell, the others are filled from it.
        for (index, name) in ["Premier", nom].enumerated() {
            let inputs = HistoryPage.Inputs(
                slug: "r\(index)", nom: name, versions: [MonographVersion(commit: commit, changes: ["première version"])],
                navigation: Navigation(site))
            let page = HistoryPage.render(inputs, layout)
            #expect(page.count == 3, "the body apart")
            #expect(page.joined() == renderedAlone(inputs, layout, body: page[1]))
        }
        #expect(layout.shell("historique") { nil } != nil)
    }

    @Test func aTemplateThatTransformsTheTitleMakesNoShell() throws {
        let site = try TemporarySite().load()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gabarits-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Paths.templates, to: folder)
        let template = folder.appendingPathComponent("page.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        try text.replacingOccurrences(of: "<h1>{{titre}}</h1>", with: "<h1>{{uppercased(titre)}}</h1>")
            .write(to: template, atomically: true, encoding: .utf8)
        let layout = try layout(site, templates: folder)
        let commit = ContentHistory.Commit(hash: String(repeating: "b", count: 40), date: "2026-03-05", time: "", order: 0, subject: "")
        let inputs = HistoryPage.Inputs(
            slug: "alpha", nom: "Alpha", versions: [MonographVersion(commit: commit, changes: ["première version"])],
            navigation: Navigation(site))
        let page = HistoryPage.render(inputs, layout)
        #expect(page.joined().contains("ALPHA</h1>"))
        #expect(page.joined() == renderedAlone(inputs, layout, body: page[1]))
        #expect(
            layout.shell("historique") {
                Issue.record("made twice")
                return nil
            } == nil)
    }
}
