import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The layout of the explorer's rows on pages (`ExplorerPlan`): one page while they fit the budget, then
/// one page per function, then per function and level, and parts for what still does not fit; at scale,
/// every page under one megabyte and every filter of the query string finding its rows.
@Suite struct ExplorerLayoutTests {
    typealias Scope = ExplorerPlan.Scope

    private static let (fonctions, echelons) = (["f1", "f2"], ["e1", "e2"])

    private static func action(_ fonction: String, _ echelon: String, _ weight: Int) -> ExplorerPlan.Weighed {
        ExplorerPlan.Weighed(fonction: fonctions.firstIndex(of: fonction), echelon: echelons.firstIndex(of: echelon) ?? -1, weight: weight)
    }

    private static func innovation(_ weight: Int) -> ExplorerPlan.Weighed {
        ExplorerPlan.Weighed(fonction: nil, echelon: 0, weight: weight)
    }

    private static func layout(_ rows: [ExplorerPlan.Weighed], overhead: Int = 0, budget: Int) -> (
        split: [ExplorerPlan.Key], pages: [ExplorerPlan.Page]
    ) {
        ExplorerPlan.layout(rows, overhead: overhead, budget: budget, fonctions: fonctions, echelons: echelons)
    }

    /// A page other than the index lists only its own rows' networks in its filter: with more networks
    /// than one page could list, the pages stay under the budget and few, instead of one row a page.
    @Test func aPageListsOnlyTheNetworksOfItsRows() {
        let networks = 2_000
        let weights = Array(repeating: 100, count: networks)
        var rows: [ExplorerPlan.Weighed] = []
        for network in 0..<networks {
            for fonction in [0, 1] { rows.append(ExplorerPlan.Weighed(fonction: fonction, echelon: network % 2, weight: 50, network: network)) }
        }
        let (split, pages) = ExplorerPlan.layout(
            rows, overhead: 1_000, budget: 400_000, fonctions: Self.fonctions, echelons: Self.echelons, networkWeights: weights)
        #expect(split == [.fonction])
        #expect(pages.count == 3)
        #expect(pages[0].networks == nil)
        for page in pages.dropFirst() {
            let networksOfRows = Set(page.rows.map { rows[$0].network })
            #expect(page.networks == networksOfRows.sorted())
            let weight = 1_000 + page.rows.count * 50 + networksOfRows.count * 100
            #expect(weight <= 400_000, "\(page.scope.path): \(weight)")
        }
        #expect(pages.flatMap(\.rows).sorted() == Array(rows.indices))
    }

    @Test func everyRowIsOnTheIndexWhileTheyFit() {
        let rows = [Self.action("f1", "e1", 100), Self.action("f2", "e2", 100), Self.innovation(50)]
        let fitting = Self.layout(rows, overhead: 50, budget: 300)
        #expect(fitting.split.isEmpty)
        #expect(fitting.pages.map(\.scope) == [Scope(kind: .all)])
        #expect(fitting.pages.map(\.rows) == [[0, 1, 2]])
        // One byte more and the rows leave the index.
        let over = Self.layout(rows, overhead: 51, budget: 300)
        #expect(over.split == [.fonction])
        #expect(over.pages.map(\.scope.path) == ["", "actions/f1/", "actions/f2/", "innovations/"])
        #expect(over.pages[0].scope.kind == .index && over.pages[0].rows.isEmpty)
    }

    @Test func onePagePerFunctionWhileEachFits() {
        let rows = [Self.action("f2", "e1", 100), Self.action("f1", "e1", 100), Self.action("f1", "e2", 100), Self.innovation(100)]
        let (split, pages) = Self.layout(rows, budget: 250)
        #expect(split == [.fonction])
        // In the referentiel's order, whatever the content's.
        #expect(
            pages.map(\.scope) == [
                Scope(kind: .index), Scope(kind: .actions, fonction: "f1"), Scope(kind: .actions, fonction: "f2"), Scope(kind: .innovations),
            ])
        #expect(pages.map(\.rows) == [[], [1, 2], [0], [3]])
    }

    @Test func onePagePerFunctionAndLevelWhenAFunctionDoesNotFit() {
        let rows = [Self.action("f1", "e2", 100), Self.action("f1", "e1", 100), Self.action("f1", "e1", 100), Self.action("f2", "e1", 50)]
        let (split, pages) = Self.layout(rows, budget: 250)
        #expect(split == [.fonction, .echelon])
        #expect(pages.map(\.scope.path) == ["", "actions/f1/e1/", "actions/f1/e2/", "actions/f2/e1/"])
        #expect(pages.map(\.rows) == [[], [1, 2], [0], [3]])
    }

    @Test func aPageThatStillDoesNotFitIsCutInParts() {
        let rows = (0..<5).map { _ in Self.action("f1", "e1", 100) } + [Self.innovation(400), Self.innovation(10)]
        let (split, pages) = Self.layout(rows, budget: 250)
        #expect(split == [.fonction, .echelon])
        #expect(
            pages.map(\.scope.path) == ["", "actions/f1/e1/", "actions/f1/e1/2/", "actions/f1/e1/3/", "innovations/", "innovations/2/"])
        #expect(pages.map(\.rows) == [[], [0, 1], [2, 3], [4], [5], [6]])
        #expect(pages[2].scope == Scope(kind: .actions, fonction: "f1", echelon: "e1", part: 2, parts: 3))
    }

    /// Random rows: each on exactly one page, each page holding only rows of its scope, none over the
    /// budget but a row heavier than the budget on a part of its own.
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func everyRowIsOnExactlyOnePageOfItsScope(seed: UInt64) {
        var random = SaveStreamTests.SplitMix64(state: seed)
        let rows = (0..<400).map { _ -> ExplorerPlan.Weighed in
            let weight = Int.random(in: 1...300, using: &random)
            return Bool.random(using: &random)
                ? Self.innovation(weight)
                : Self.action(["f1", "f2"].randomElement(using: &random)!, ["e1", "e2"].randomElement(using: &random)!, weight)
        }
        let budget = Int.random(in: 250...60_000, using: &random)
        let (split, pages) = Self.layout(rows, overhead: 20, budget: budget)
        #expect(pages.flatMap(\.rows).sorted() == Array(rows.indices), "seed \(seed)")
        #expect(Set(pages.map(\.scope.path)).count == pages.count)
        for page in pages {
            let weight = page.rows.reduce(20) { $0 + rows[$1].weight }
            #expect(weight <= budget || page.rows.count == 1, "seed \(seed): \(page.scope.path) weighs \(weight)")
            for row in page.rows.map({ rows[$0] }) {
                switch page.scope.kind {
                case .all: #expect(split.isEmpty)
                case .index: Issue.record("the index of a split explorer holds rows")
                case .innovations: #expect(row.fonction == nil)
                case .actions:
                    #expect(row.fonction.map { Self.fonctions[$0] } == page.scope.fonction)
                    #expect(split.count == 1 ? page.scope.echelon == nil : Self.echelons[row.echelon] == page.scope.echelon)
                }
            }
        }
    }

    /// The rule reads weights that `ExplorerRowMarkup.weight` counts without writing the rows: they must
    /// be the rows' lengths in bytes, whatever their ids, names, texts and phases.
    @Test func theWeightOfARowIsTheLengthOfItsHTML() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                cycles:
                  - {debut: 2001, titre: Un cycle, innovations: [{nom: Sans description}, {nom: "Une *autre*", description: "« Décrite » & plus", phase: emergence}]}
                pratiques:
                  - {echelon: departemental, fonction: accompagnement-personnalise, actions: [{texte: "Trois <b>étapes</b> & « plus »", phases: [emergence, diffusion, deploiement]}]}
                """
            ).replacingOccurrences(of: "nom: Gamma", with: "nom: \"L’Œuvre <des> & \\\"réseaux\\\"\""),
            "reseaux/grand-1.md": Self.largeMonograph(1),
        ])
        let loaded = try site.load()
        let rows = loaded.monographs.flatMap(ExplorerRow.rows)
        #expect(rows.count > 260 && rows.contains { $0.phases.count == 3 } && rows.contains { $0.isInnovation && $0.phases.isEmpty })
        for root in ["../", ExplorerPlan.deepestRoot] {
            let markup = ExplorerRowMarkup(
                root: root, networks: loaded.monographs.map(ExplorerRowMarkup.Network.init), referentiel: loaded.referentiel
            ) { $0 }
            for row in rows { #expect(markup.weight(row) == markup.html([row]).utf8.count, "\(row)") }
        }
    }

    // MARK: At scale

    /// A network far larger than any real one: 200 actions of plaidoyer, a few of ingénierie, and 60
    /// long innovations (about half a megabyte of rows). Four of them pass the budget of a page of one
    /// function, and their innovations need more than one page.
    private static func largeMonograph(_ n: Int) -> String {
        let sentence = "Une action longue du réseau, décrite avec soin pour peser dans la page ; "
        var text =
            "---\nnom: Grand réseau \(n)\ntitre: Un titre\ndomaine: Un domaine\ncycles:\n  - debut: 2000\n    titre: Un cycle\n    innovations:\n"
        for i in 1...60 {
            text +=
                "      - nom: Innovation \(n).\(i)\n        description: \"\(String(repeating: "Une innovation décrite longuement. ", count: 110))\"\n"
            if i % 3 == 0 { text += "        phase: diffusion\n" }
        }
        text += "pratiques:\n"
        for level in ["national", "regional", "departemental", "local"] {
            text += "  - echelon: \(level)\n    fonction: plaidoyer\n    actions:\n"
            for i in 1...50 {
                text += "      - texte: \"Action \(n).\(level).\(i) : \(String(repeating: sentence, count: 14))\"\n        phases: [emergence]\n"
            }
        }
        return text + "  - echelon: national\n    fonction: ingenierie\n    actions: [Une formation, Un outil]\n---\n"
    }

    private static func largeSite() throws -> TemporarySite {
        try TemporarySite(Dictionary(uniqueKeysWithValues: (1...4).map { ("reseaux/grand-\($0).md", largeMonograph($0)) }))
    }

    @Test func atScaleEveryPageStaysUnderOneMegabyteAndEveryFilterFindsItsRows() throws {
        let site = try Self.largeSite()
        let loaded = try site.load()
        let files = try site.builder().render().get()
        let pages = files.filter { $0.key.hasPrefix("explorateur/") }.mapValues { String(decoding: $0, as: UTF8.self) }
        let rows = pages.mapValues(ExplorerTests.rows)
        let expected = loaded.monographs.flatMap(ExplorerRow.rows)
        #expect(expected.count == 4 * (200 + 2 + 60) + 4)
        // Every row on exactly one page, and no page over one megabyte.
        #expect(rows.values.reduce(0) { $0 + $1.count } == expected.count)
        for (path, html) in pages { #expect(html.utf8.count < 1_000_000, "\(path): \(html.utf8.count) bytes") }
        // Plaidoyer does not fit on one page: one page per function and level; the innovations in parts.
        let index = try #require(pages["explorateur/index.html"])
        #expect(rows["explorateur/index.html"] == [])
        #expect(index.contains("data-decoupage=\"fonction echelon\""))
        #expect(pages["explorateur/innovations/2/index.html"] != nil)
        // A link naming a function and a level (`?fonction=plaidoyer&echelon=regional`) is sent to one page
        // that holds exactly its rows; the index lists every page, the script's list too.
        let pairs = Set(expected.compactMap { row in row.fonction.map { "\($0)/\(row.echelon ?? "")" } })
        #expect(pairs.count == 7)
        for pair in pairs {
            let path = "explorateur/actions/\(pair)/index.html"
            let onPage = try #require(rows[path], "no page for \(pair)")
            let parts = pair.split(separator: "/").map(String.init)
            let matching = rows.values.joined().filter { $0.attributes["data-fonction"] == parts[0] && $0.attributes["data-echelon"] == parts[1] }
            #expect(onPage.count == matching.count && !onPage.isEmpty)
            #expect(onPage.allSatisfy { $0.attributes["data-fonction"] == parts[0] && $0.attributes["data-echelon"] == parts[1] })
            #expect(index.contains("<li data-page=\"actions/\(pair)/\" data-fonction=\"\(parts[0])\" data-echelon=\"\(parts[1])\">"))
        }
        let listed = try #require(index.firstMatch(of: /data-pages="([^"]*)"/)).1.split(separator: " ").map { "explorateur/\($0)index.html" }
        #expect(Set(listed + ["explorateur/index.html"]) == Set(pages.keys))
        // Every page is in the plan of the site.
        let siteMap = String(decoding: try #require(files["plan-du-site/index.html"]), as: UTF8.self)
        for path in pages.keys { #expect(siteMap.contains("<a href=\"../\(path)\">"), "\(path) is not in the plan") }
        // Each page makes its own rows from the site: all of them, in the order of the site, each once.
        let plan = ExplorerPlan(loaded)
        var made: [Int: ExplorerRow] = [:]
        for page in plan.pages {
            for (index, row) in zip(page.rows, plan.rows(of: page, in: loaded)) { made[index] = row }
        }
        #expect(made.count == expected.count && made.sorted { $0.key < $1.key }.map(\.value) == expected)
        // The rule reads weights, not pages: each page's rows weigh what they were estimated to, and no
        // page is heavier than estimated.
        let markup = ExplorerRowMarkup(root: ExplorerPlan.deepestRoot, networks: plan.networks, referentiel: loaded.referentiel) { $0 }
        for page in plan.pages where !page.rows.isEmpty {
            let path = "explorateur/\(page.scope.path)index.html"
            let rowsEstimate = plan.rows(of: page, in: loaded).reduce(0) { $0 + markup.weight($1) }
            let rowsWritten = try #require(rows[path]).reduce(0) { $0 + $1.html.utf8.count + 1 }
            #expect(abs(rowsEstimate - rowsWritten) <= rowsWritten / 20, "\(path): \(rowsEstimate) estimated, \(rowsWritten) written")
            #expect(try #require(pages[path]).utf8.count <= plan.overhead(of: page) + rowsEstimate, "\(path)")
        }
    }

    @Test func twoBuildsOfTheSameContentAreByteIdentical() throws {
        let site = try Self.largeSite()
        let (first, second) = (try site.builder().render().get(), try site.builder().render().get())
        let explorer = first.keys.filter { $0.hasPrefix("explorateur/") }
        #expect(explorer.count > 1)
        #expect(first == second)
    }

    /// `serve` follows the layout as saves add and remove large networks: one page, then one per
    /// function, then per function and level with parts, and back; pages and folders no longer laid out
    /// are removed, as a full build would never write them.
    @Test func savesThatChangeTheLayoutRebuildLikeAFullBuild() throws {
        let site = try TemporarySite()
        let state = IncrementalState()
        try site.builder().rebuild(projectRoot: site.root, state: state)
        func expectSameAsFullBuild(_ step: String, explorerPages: Int) throws {
            let fresh = try TemporarySite()
            try FileManager.default.removeItem(at: fresh.content)
            try FileManager.default.copyItem(at: site.content, to: fresh.content)
            try fresh.builder().build(projectRoot: fresh.root)
            let (incremental, full) = (SaveStreamTests.tree(site.output), SaveStreamTests.tree(fresh.output))
            #expect(Set(incremental.keys) == Set(full.keys), "\(step): \(Set(incremental.keys).symmetricDifference(full.keys).sorted())")
            for (path, data) in full where incremental[path] != data { Issue.record("\(step): \(path) differs from a full build") }
            #expect(full.keys.filter { $0.hasPrefix("explorateur/") && $0.hasSuffix(".html") }.count == explorerPages, "\(step)")
        }
        // One page; then the index, the three functions of the networks (with Alpha's) and the innovations;
        // then the index, the four levels of plaidoyer, Alpha's and the large networks' other pairs of
        // function and level (three) and the innovations in two parts.
        let layouts = [1, 5, 10, 10]
        for n in 1...4 {
            try site.write("reseaux/grand-\(n).md", Self.largeMonograph(n))
            try site.builder().rebuild(projectRoot: site.root, state: state)
            try expectSameAsFullBuild("grand-\(n) added", explorerPages: layouts[n - 1])
        }
        for n in (1...4).reversed() {
            try site.remove("reseaux/grand-\(n).md")
            try site.builder().rebuild(projectRoot: site.root, state: state)
            try expectSameAsFullBuild("grand-\(n) removed", explorerPages: n == 1 ? 1 : layouts[n - 2])
        }
    }
}
