import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// A second way to navigate (FORMAT §8): the plan of the site lists every page, the accessibility page
/// says how to report a problem, and every page's footer links both.
@Suite struct SecondNavigationTests {
    @Test func thePlanLinksEveryPageOfTheSite() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        let plan = String(decoding: try #require(files["plan-du-site/index.html"]), as: UTF8.self)
        let links = Set(
            plan.components(separatedBy: "href=\"../").dropFirst().map { $0.components(separatedBy: "\"")[0].components(separatedBy: "#")[0] })
        let pages = files.keys.filter { $0.hasSuffix("index.html") && $0 != "plan-du-site/index.html" }
        #expect(!pages.isEmpty)
        for page in pages { #expect(links.contains(page), "\(page) is not in the plan") }
        for link in links { #expect(files[link] != nil, "the plan links \(link), which is not written") }
    }

    @Test func everyPageLinksThePlanAndTheAccessibilityPage() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(html.contains("<a href=\"\(root)plan-du-site/index.html\">Plan du site</a>"), "\(path)")
            #expect(html.contains("<a href=\"\(root)accessibilite/index.html\">\(french("Accessibilité : non conforme"))</a>"), "\(path)")
        }
    }

    @Test(arguments: [
        ("contact: accessibilite@exemple.org", "<a href=\"mailto:accessibilite@exemple.org\">accessibilite@exemple.org</a>"),
        ("contact: https://exemple.org/contact", "<a href=\"https://exemple.org/contact\">https://exemple.org/contact</a>"),
        ("", "Aucune adresse de contact n’est encore publiée"),
    ])
    func theAccessibilityPageSaysHowToReportAProblem(line: String, expected: String) throws {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write("site.yml", settings + line + "\n")
        let files = try site.builder().render().get()
        let page = String(decoding: try #require(files["accessibilite/index.html"]), as: UTF8.self)
        #expect(page.contains("RGAA 4.1") && page.contains("WCAG 2.1"))
        #expect(page.contains(expected))
    }

    /// The accessibility page lists the 106 criteria of RGAA 4.1, theme by theme, each once, with its check:
    /// the audit reads this list back (tools/audit/rgaa.py).
    @Test func theAccessibilityPageListsEveryRGAACriterionWithItsCheck() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        let page = String(decoding: try #require(files["accessibilite/index.html"]), as: UTF8.self)
        let items = page.components(separatedBy: "<li data-rgaa=\"").dropFirst().map { item in
            (number: String(item.prefix { $0 != "\"" }), check: item.components(separatedBy: "data-controle=\"")[1].prefix { $0 != "\"" })
        }
        #expect(items.count == 106)
        #expect(Set(items.map(\.number)).count == 106)
        // Criteria per theme, as RGAA 4.1 numbers them.
        let perTheme = Dictionary(grouping: items) { Int($0.number.prefix { $0 != "." })! }.mapValues(\.count)
        #expect(perTheme == [1: 9, 2: 2, 3: 3, 4: 13, 5: 8, 6: 2, 7: 5, 8: 10, 9: 4, 10: 14, 11: 13, 12: 11, 13: 12])
        for item in items {
            let automatic = RGAACriteria.checkedAutomatically.contains(item.number)
            #expect(item.check == (automatic ? "automatique" : "a-verifier"), "\(item.number)")
        }
        #expect(RGAACriteria.checkedAutomatically.isSubset(of: Set(items.map(\.number))))
        #expect(page.contains("<li data-rgaa=\"1.3\" data-controle=\"a-verifier\"><strong>1.3</strong> Pour chaque image"))
        #expect(page.contains("Licence Ouverte 2.0"))
    }

    @Test func theFooterGivesTheLicenceWhenSiteYmlNamesIt() throws {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        let before = try site.builder().render().get()
        #expect(!String(decoding: try #require(before["index.html"]), as: UTF8.self).contains("sous licence"))
        try site.write("site.yml", settings + "licence: etalab-2.0\n")
        let files = try site.builder().render().get()
        for page in ["index.html", "reseaux/alpha/index.html", "accessibilite/index.html"] {
            let html = String(decoding: try #require(files[page]), as: UTF8.self)
            #expect(html.contains("Textes et données sous licence etalab-2.0."), "\(page)")
        }
    }
}
