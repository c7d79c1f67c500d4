import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Listings that grow with the collection (the home page's cards, the rows of the views, the names of a
/// coverage sentence or of a table cell) show their first items up to a bound, say how many they leave
/// out and link to where they are; the figures and `synthese.json` stay complete, and a collection
/// smaller than every bound loses nothing.
@Suite struct LongListingTests {
    /// 120 networks, numbered in order; every third has nothing but its required keys, the others an
    /// identity card, a nature, an innovation and a regional practice whose action serves emergence.
    static let count = 120, withData = 80, withoutData = 40

    @Test func theHomePageShowsTheFirstCardsAndPointsAtTheSiteMap() throws {
        let files = try Self.render(try Self.collection(Self.count))
        let home = try Self.page("index.html", files)
        #expect(home.components(separatedBy: "<li class=\"carte\">").count - 1 == ListingBound.networks)
        #expect(home.contains("<h2 id=\"titre-reseaux\">Les 120 monographies</h2>"))
        #expect(
            home.contains(
                "<p class=\"suite-liste\">Voici les 30 premières, dans l’ordre de la collection, par numéro de monographie puis par nom\u{202F};"
                    + " les 90 autres sont listées dans le <a href=\"plan-du-site/index.html#monographies\">plan du site</a>.</p>"))
        #expect(home.contains("href=\"reseaux/r030/index.html\""))
        #expect(!home.contains("href=\"reseaux/r031/index.html\""))
        // The site map lists every monograph under the anchor the home page links to.
        let plan = try Self.page("plan-du-site/index.html", files)
        #expect(plan.contains("<h2 id=\"monographies\">Les monographies</h2>"))
        for i in 1...Self.count { #expect(plan.contains("href=\"../reseaux/\(Self.slug(i))/index.html\""), "r\(i)") }
    }

    @Test func theNetworkFunctionMapDrawsTheFirstNetworksAndLinksTheExplorerByFunction() throws {
        let files = try Self.render(try Self.collection(Self.count))
        let figure = try #require(CoverageTests.figure("fonctions-par-reseau", in: try Self.page("synthese/index.html", files)))
        #expect(figure.contains("data-couverture=\"80/120\""))
        #expect(
            figure.contains(
                "<figcaption>Fonctions exercées par chaque tête de réseau\u{202F}: + présente, ++ dominante, – absente\u{202F}; les 30 premiers réseaux sur 120</figcaption>"
            ))
        #expect(figure.contains(french("<title>Intensité des fonctions par réseau : les 30 premiers réseaux sur 120</title>")))
        // Each network's label, once in the phone drawing and once in the wide one.
        #expect(figure.components(separatedBy: "class=\"etiquette\"").count - 1 == 2 * ListingBound.networks)
        #expect(Self.bodyRows(figure).count == ListingBound.networks)
        #expect(figure.contains("href=\"../reseaux/r030/index.html\"") && !figure.contains("href=\"../reseaux/r031/index.html\""))
        #expect(figure.contains("Pour les 90 autres réseaux, les intensités sont dans <a href=\"../donnees/synthese.json\">synthese.json</a>"))
        #expect(figure.contains("<a href=\"../explorateur/index.html?fonction=ingenierie\">Ingénierie &lt;i&gt;&amp;&lt;/i&gt;</a>"))
        #expect(!figure.contains("<i>&</i>"))
        for function in try Self.referentiel().fonctions {
            #expect(figure.contains("href=\"../explorateur/index.html?fonction=\(function.id)\""), "\(function.id)")
        }
    }

    @Test func theTerritorialLevelsShowTheFirstPracticesOfEachFunction() throws {
        let files = try Self.render(try Self.collection(Self.count))
        let figure = try #require(CoverageTests.figure("echelons-territoriaux", in: try Self.page("synthese/index.html", files)))
        #expect(Self.bodyRows(figure).count == ListingBound.practicesPerFunction)
        #expect(
            figure.contains(
                french(
                    "<p class=\"suite-liste\">Le tableau montre les 10 premières pratiques sur 80, dans l’ordre de la collection, par numéro de monographie puis par nom ;"
                        + " les 70 autres sont dans l’explorateur, par échelon : "
                        + "<a href=\"../explorateur/index.html?fonction=ingenierie&amp;echelon=regional\">Régional</a>.</p>")))
        // Only the levels the function's practices use are linked.
        #expect(!figure.contains("echelon=local"))
    }

    @Test func thePanoramaIdentitiesAndCompletenessShowTheFirstRows() throws {
        let files = try Self.render(try Self.collection(Self.count))
        let page = try Self.page("synthese/index.html", files)
        let innovations = try #require(CoverageTests.figure("panorama-innovations", in: page))
        #expect(Self.bodyRows(innovations).count == ListingBound.innovations)
        #expect(
            innovations.contains(
                french(
                    "Le tableau montre les 30 premières innovations sur 80, dans l’ordre de la collection, par numéro de monographie puis par nom ;"
                        + " les 50 autres sont dans <a href=\"../explorateur/index.html\">l’explorateur</a>")))
        let identities = try #require(CoverageTests.figure("identites", in: page))
        #expect(Self.bodyRows(identities).count == ListingBound.networks)
        #expect(identities.contains("Pour les 90 autres réseaux, les cartes d’identité sont dans <a href=\"../donnees/reseaux.csv\">reseaux.csv</a>"))
        let completeness = try #require(CoverageTests.figure("completude", in: page))
        #expect(Self.bodyRows(completeness).count == ListingBound.networks)
        // The state of each section is still counted over every network, below the cut table.
        #expect(completeness.contains(french("Sur l’ensemble des 120 réseaux :")))
        let totals = Self.bodyRows(completeness, table: 1)
        #expect(totals.count == SectionID.allCases.count)
        #expect(totals.first == "<tr><th scope=\"row\">Carte d’identité</th><td>80</td><td>0</td><td>40</td></tr>")
    }

    @Test func tableCellsAndCoverageSentencesNameTheFirstNetworks() throws {
        let files = try Self.render(try Self.collection(Self.count))
        let page = try Self.page("synthese/index.html", files)
        let phases = try #require(CoverageTests.figure("phases", in: page))
        let emergence = try #require(Self.bodyRows(phases).first { $0.contains("Émergence") })
        #expect(emergence.components(separatedBy: "href=\"../reseaux/").count - 1 == ListingBound.namesInCell)
        #expect(
            emergence.contains(
                french(
                    " et 68 autres : <a href=\"../explorateur/index.html?phase=emergence\">actions de l’étape « Émergence » dans l’explorateur</a>")))
        let natures = try #require(CoverageTests.figure("natures", in: page))
        let invention = try #require(Self.bodyRows(natures).first { $0.contains("Invention") })
        #expect(invention.components(separatedBy: "href=\"../reseaux/").count - 1 == ListingBound.namesInCell)
        #expect(invention.contains(" et 68 autres</td>"))
        // The networks without data: counted in the sentence, the first ones folded below it.
        #expect(phases.contains(french("sans données : 40 réseaux, dont les 30 premiers listés ci-dessous.")))
        let folded = try #require(
            phases.components(separatedBy: "<details class=\"vue-liste\">").dropFirst().first?.components(separatedBy: "</details>").first)
        #expect(folded.components(separatedBy: "href=\"../reseaux/").count - 1 == ListingBound.networks)
        #expect(folded.contains("les 10 autres sont nommés dans <a href=\"../donnees/synthese.json\">synthese.json</a>"))
    }

    /// What the pages leave out, the open data keeps.
    @Test func theOpenDataStaysComplete() throws {
        let files = try Self.render(try Self.collection(Self.count))
        let data = try #require(files["donnees/synthese.json"])
        let synthesis = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((synthesis["fonctions_par_reseau"] as? [Any])?.count == Self.count)
        #expect((synthesis["innovations"] as? [Any])?.count == Self.withData)
        #expect((synthesis["echelons_territoriaux"] as? [Any])?.count == Self.withData)
        let phases = try #require(synthesis["phases"] as? [[String: Any]])
        #expect(phases.first?["reseaux"] as? Int == Self.withData)
        let coverage = try #require((synthesis["couverture"] as? [String: [String: Any]])?["phases"])
        #expect((coverage["sans_donnees"] as? [String])?.count == Self.withoutData)
    }

    /// A collection no larger than any bound shows everything: no listing is cut, on any page.
    @Test(arguments: [7, ListingBound.practicesPerFunction])
    func aSmallCollectionLosesNothing(count: Int) throws {
        let files = try Self.render(try Self.collection(count, withoutDataEvery: nil))
        for (path, data) in files where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("suite-liste"), "\(path)")
        }
        let page = try Self.page("synthese/index.html", files)
        for i in 1...count {
            #expect(try Self.page("index.html", files).contains("href=\"reseaux/\(Self.slug(i))/index.html\""), "r\(i)")
            #expect(page.contains("Innovation \(i)<"), "r\(i)")
        }
    }

    /// One network over a bound is cut, and said in the singular.
    @Test func oneOverTheBoundIsSaidInTheSingular() throws {
        let files = try Self.render(try Self.collection(ListingBound.practicesPerFunction + 1, withoutDataEvery: nil))
        let figure = try #require(CoverageTests.figure("echelons-territoriaux", in: try Self.page("synthese/index.html", files)))
        #expect(
            figure.contains(
                french("les 10 premières pratiques sur 11, dans l’ordre de la collection, par numéro de monographie puis par nom ; l’autre est dans"))
        )
        let home = try Self.page("index.html", try Self.render(try Self.collection(ListingBound.networks + 1, withoutDataEvery: nil)))
        #expect(home.contains("; l’autre est listée dans le <a href=\"plan-du-site/index.html#monographies\">plan du site</a>."))
    }

    /// The project's own content is far below every bound: none of its pages is cut.
    @Test func theProjectsPagesAreWhole() throws {
        let files = try Self.render(try CoverageTests.projectSite())
        for (path, data) in files where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("suite-liste"), "\(path)")
        }
    }

    /// The home page is rendered from the cards it shows: a change to a monograph past the bound does
    /// not make it stale, nor rebuild it; `serve` then gives the output of a full build.
    @Test func theHomePageReadsOnlyTheCardsItShows() throws {
        let site = try Self.collection(40)
        let before = HomePage.Inputs(try site.load())
        try site.write("reseaux/r035.md", Self.monograph(35, title: "Un autre titre"))
        #expect(HomePage.Inputs(try site.load()) == before)
        try site.write("reseaux/r002.md", Self.monograph(2, title: "Un autre titre"))
        #expect(HomePage.Inputs(try site.load()) != before)
    }

    @Test func anIncrementalRebuildOfACutListingEqualsAFullBuild() throws {
        let site = try Self.collection(40)
        let state = IncrementalState()
        try site.builder().rebuild(projectRoot: site.root, state: state)
        for (slug, text) in [
            ("r035", Self.monograph(35, title: "Un autre titre")), ("r002", Self.monograph(2, title: "Un autre titre")),
            // A new first network pushes the thirtieth out of every listing.
            ("r000", Self.monograph(0)),
        ] {
            try site.write("reseaux/\(slug).md", text)
            try site.builder().rebuild(projectRoot: site.root, state: state)
            let fresh = try TemporarySite(copying: nil)
            try FileManager.default.removeItem(at: fresh.content)
            try FileManager.default.copyItem(at: site.content, to: fresh.content)
            try fresh.builder().build(projectRoot: fresh.root)
            let (incremental, full) = (fileTree(site.output), fileTree(fresh.output))
            #expect(Set(incremental.keys) == Set(full.keys), "\(slug)")
            for (path, data) in full where incremental[path] != data { Issue.record("\(slug): \(path) differs from a full build") }
        }
    }

    @Test func twoBuildsOfACutCollectionAreIdentical() throws {
        let site = try Self.collection(Self.count)
        #expect(try Self.render(site) == (try Self.render(site)))
    }

    @Test func explorerAddressesCarryTheirFiltersInOrder() throws {
        let c = ViewContext(referentiel: try Self.referentiel(), markdown: Markdown(options: MarkdownOptions()), root: "../", linkTexts: [:])
        #expect(c.explorer() == "../explorateur/index.html")
        #expect(c.explorer(phase: "emergence") == "../explorateur/index.html?phase=emergence")
        #expect(
            c.explorer(reseau: "r1", fonction: "plaidoyer", echelon: "local", phase: "diffusion")
                == "../explorateur/index.html?reseau=r1&amp;fonction=plaidoyer&amp;echelon=local&amp;phase=diffusion")
        #expect(c.explorer(fonction: "a b&c\"é") == "../explorateur/index.html?fonction=a%20b%26c%22%C3%A9")
    }

    // MARK: Helpers

    static func slug(_ i: Int) -> String { "r" + String(format: "%03d", i) }

    /// The project's referentiel, one function's label holding markup to be escaped.
    static func referentielText() throws -> String {
        let text = try String(contentsOf: Paths.content.appendingPathComponent("referentiel.yml"), encoding: .utf8)
        #expect(text.contains("libelle: Ingénierie\n"))
        return text.replacingOccurrences(of: "libelle: Ingénierie\n", with: "libelle: Ingénierie <i>&</i>\n")
    }

    static func referentiel() throws -> Referentiel {
        let site = try collection(1)
        return try withExtendedLifetime(site) { try site.load().referentiel }
    }

    /// A site of `count` networks numbered from 1, every `withoutDataEvery`th with nothing but its
    /// required keys; the synthesis places every view.
    static func collection(_ count: Int, withoutDataEvery: Int? = 3) throws -> TemporarySite {
        let site = try TemporarySite(copying: nil)
        try site.write("site.yml", "titre: Collection\n")
        try site.write("referentiel.yml", try referentielText())
        try site.write("synthese.md", "---\ntitre: Synthèse\n---\n" + ViewID.allCases.map { "```vue \($0.rawValue)\n```\n\n" }.joined())
        for i in 1...count {
            let bare = withoutDataEvery.map { i % $0 == 0 } ?? false
            try site.write("reseaux/\(slug(i)).md", monograph(i, bare: bare))
        }
        return site
    }

    static func monograph(_ i: Int, bare: Bool = false, title: String = "Une monographie") -> String {
        var yaml = "---\nnom: Réseau \(String(format: "%03d", i))\nnumero: \(i)\ntitre: \(title)\ndomaine: Un domaine\n"
        if !bare {
            yaml += """
                identite:
                  creation: \(1900 + i)
                dynamique:
                  natures: [invention]
                cycles:
                  - debut: 2000
                    titre: Un cycle
                    natures: [invention]
                    innovations:
                      - nom: Innovation \(i)
                        phase: emergence
                pratiques:
                  - echelon: regional
                    fonction: ingenierie
                    actions:
                      - texte: Action \(i)
                        phases: [emergence]
                  - echelon: national
                    fonction: plaidoyer

                """
        }
        return yaml + "---\n"
    }

    /// Every output file of `site`, kept until its rendering is done (the folder goes with it).
    static func render(_ site: TemporarySite) throws -> [String: Data] {
        try withExtendedLifetime(site) { try site.builder().render().get() }
    }

    static func page(_ path: String, _ files: [String: Data]) throws -> String {
        String(decoding: try #require(files[path], "\(path)"), as: UTF8.self)
    }

    /// The body rows of the `table`th table of `html` (from 0).
    static func bodyRows(_ html: String, table: Int = 0) -> [String] {
        let tables = html.components(separatedBy: "<tbody>\n").dropFirst()
        guard table < tables.count else { return [] }
        let body = tables[tables.startIndex + table].components(separatedBy: "</tbody>")[0]
        return body.split(separator: "\n").map(String.init).filter { $0.hasPrefix("<tr>") }
    }
}
