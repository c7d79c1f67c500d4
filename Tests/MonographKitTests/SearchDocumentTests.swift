import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The search documents (`SearchDocument`), which the build indexes in place of the pages, hold what the
/// pages themselves give the indexer: page by page, the same words in the same order, the same headings
/// with their anchors, the same filters; and there is one document for each indexed page, no more.
@Suite struct SearchDocumentTests {
    /// What the indexer reads of a page: the text of its element marked `data-pagefind-body`, without
    /// the elements marked `data-pagefind-ignore`.
    struct Reading: Equatable {
        /// The words, each tag read as a space, entities decoded; tokens with no letter or digit (« + »,
        /// « : ») are left out, as the indexer leaves them.
        var words: [String] = []
        /// The headings that carry an anchor, as `id text`: the indexer's sub-results.
        var anchors: [String] = []
        /// The first `h1`'s text: the result's title.
        var title = ""
        /// The filters, as `name:value`.
        var filters: [String] = []
        /// The address its body element gives (`data-pagefind-meta="url:…"`); nil when the indexer takes
        /// the file's own path.
        var url: String?
    }

    static let voids: Set<String> = ["br", "img", "hr", "meta", "link", "input", "wbr", "source", "col", "area", "base"]

    static func read(_ html: String) -> Reading {
        var reading = Reading()
        var text = ""
        // Open elements inside the body: name, whether ignored, heading anchor and the text's start.
        var stack: [(name: String, ignored: Bool, anchor: String?, start: String.Index)] = []
        var inBody = false
        var ignoring = 0
        var rest = html[...]
        func attribute(_ name: String, in tag: Substring) -> String? {
            guard let range = tag.range(of: " " + name + "=\"") else { return nil }
            return String(tag[range.upperBound...].prefix { $0 != "\"" })
        }
        while let open = rest.firstIndex(of: "<") {
            if inBody, ignoring == 0 { text += rest[..<open] }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                guard inBody, let top = stack.popLast() else { continue }
                if top.ignored { ignoring -= 1 }
                if let anchor = top.anchor, ignoring == 0 {
                    reading.anchors.append(anchor + " " + words(String(text[top.start...])).joined(separator: " "))
                }
                if top.name == "h1", reading.title.isEmpty, ignoring == 0 {
                    reading.title = words(String(text[top.start...])).joined(separator: " ")
                }
                if stack.isEmpty { inBody = false }
                text += " "
                continue
            }
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" })
            if !inBody {
                if tag.contains(" data-pagefind-body") {
                    inBody = true
                    reading.url = attribute("data-pagefind-meta", in: tag).flatMap { $0.hasPrefix("url:") ? String($0.dropFirst(4)) : nil }
                    stack = [(name, false, nil, text.endIndex)]
                }
                continue
            }
            if ignoring == 0, let filter = attribute("data-pagefind-filter", in: tag) {
                reading.filters.append(filter.replacingOccurrences(of: "&amp;", with: "&"))
            }
            text += " "
            if voids.contains(name) || tag.hasSuffix("/") { continue }
            let ignored = tag.contains(" data-pagefind-ignore")
            if ignored { ignoring += 1 }
            let heading = name.count == 2 && name.hasPrefix("h") && name.last!.isNumber
            stack.append((name, ignored, heading ? attribute("id", in: tag) : nil, text.endIndex))
        }
        reading.words = words(text)
        return reading
    }

    static func words(_ html: String) -> [String] {
        var text = html
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&nbsp;", " ")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        text = text.replacingOccurrences(of: "&amp;", with: "&")
        return text.split { $0.isWhitespace }.map(String.init).filter { $0.contains { $0.isLetter || $0.isNumber } }
    }

    /// Every indexed page of `site` and its search document read alike.
    static func expectSameReading(_ site: SiteBuilder, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let files = try site.render().get()
        let (loaded, _) = try site.validate().get()
        let documents = SearchDocuments(site: loaded, markdown: Markdown(options: MarkdownOptions(allowRawHTML: loaded.settings.htmlBrut)))
        let indexed = files.filter { String(decoding: $0.value, as: UTF8.self).contains("data-pagefind-body") }.keys.sorted()
        let made = (0..<documents.count).map(documents.document)
        #expect(made.map(\.path).sorted() == indexed, sourceLocation: sourceLocation)
        // The documents lie side by side, each under a name of its own, and give their page's address.
        #expect(Set(made.map(\.file)).count == made.count, sourceLocation: sourceLocation)
        #expect(made.allSatisfy { !$0.file.contains("/") }, sourceLocation: sourceLocation)
        for document in made {
            let page = read(String(decoding: try #require(files[document.path]), as: UTF8.self))
            let index = read(document.html)
            #expect(page.url == nil, "\(document.path)", sourceLocation: sourceLocation)
            #expect(
                index.url.map { $0 + "index.html" } == document.path, "\(document.path): \(index.url ?? "no address")",
                sourceLocation: sourceLocation)
            #expect(!page.words.isEmpty, "\(document.path)", sourceLocation: sourceLocation)
            #expect(index.title == page.title, "\(document.path)", sourceLocation: sourceLocation)
            #expect(index.anchors == page.anchors, "\(document.path)", sourceLocation: sourceLocation)
            #expect(index.filters == page.filters, "\(document.path)", sourceLocation: sourceLocation)
            if index.words != page.words {
                let first =
                    zip(index.words, page.words).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                    ?? min(index.words.count, page.words.count)
                Issue.record(
                    "\(document.path): words differ from word \(first): document « \(index.words[first...].prefix(12).joined(separator: " ")) », page « \(page.words[first...].prefix(12).joined(separator: " ")) »",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// The seven networks, the booklet, the synthesis and the referentiel as published.
    @Test func theDocumentsOfThePublishedSiteReadAsItsPages() throws {
        try Self.expectSameReading(
            SiteBuilder(
                content: Paths.content, templates: Paths.templates, output: URL(fileURLWithPath: "/nonexistent"), contentDisplay: "Content",
                templatesDisplay: "Templates"))
    }

    /// The test site: a monograph with every kind of data and a view in its prose, another with only the
    /// required fields; and a third with a view in its lead, a section to write and hostile text.
    @Test func theDocumentsOfTheTestSiteReadAsItsPages() throws {
        let site = try TemporarySite()
        try site.write(
            "reseaux/gamma.md",
            monograph(
                "numero: 4\nmissions: Relier & <représenter> « tous »",
                body: """
                    Un chapeau avec *emphase* et une vue :

                    ```vue natures
                    ```

                    ## Carte d’identité

                    Du texte « entre guillemets » : deux points ; et <b>balises</b>.

                    ## Dynamique d’innovation

                    ```vue fonctions-par-reseau
                    ```

                    Après la vue.
                    """))
        try Self.expectSameReading(site.builder())
    }

    /// Forty synthetic monographs of every shape (`bench/generate.py`: some with only the required fields,
    /// others with some or all structured sections, prose with lists, emphasis, quotes and links).
    @Test func theDocumentsOfGeneratedMonographsReadAsTheirPages() throws {
        let folder = try TemporarySite(copying: nil)
        _ = try runPython(try generateArguments(count: 40, into: folder.root), modules: "")
        try Self.expectSameReading(
            SiteBuilder(
                content: folder.root.appendingPathComponent("Content"), templates: Paths.templates, output: URL(fileURLWithPath: "/nonexistent"),
                contentDisplay: "Content", templatesDisplay: "Templates"))
    }

    /// What the index keeps reads as text in the results' excerpts: no referentiel id, no section number,
    /// no badge repeating a filter's value after an action, no heading of a section still to write; a
    /// term and its definition read « terme : définition », each item a sentence of its own.
    @Test func theDocumentsHoldReadingText() throws {
        let site = try TemporarySite()
        let documents = try SearchTests.documents(site)
        let made = Dictionary(uniqueKeysWithValues: (0..<documents.count).map { documents.document($0) }.map { ($0.path, $0.html) })
        let alpha = try #require(made["reseaux/alpha/index.html"])
        #expect(alpha.contains("<h2 id=\"pratiques-titre\">Pratiques au service de l’innovation</h2>"))
        #expect(alpha.contains("Appui aux projets pilotes</p>"), "an action without its phases")
        let body = try #require(alpha.range(of: "<h1>")).upperBound
        #expect(!alpha[body...].contains("Expérimentation"), "the phases are the search's filter")
        #expect(!alpha[body...].contains("<p>\n</p>"), "no empty paragraph")
        #expect(alpha.contains("Type de tête de réseau\u{202F}: "))
        let beta = try #require(made["reseaux/beta/index.html"])
        #expect(!beta.contains("<h2"), "every section of Bêta is still to write")
        let referentiel = try #require(made["referentiel/index.html"])
        #expect(referentiel.contains("<p>Expérimentation</p>"))
        #expect(!referentiel.contains("experimentation"), "an id is written for the content's authors")
    }

    /// A page whose document is left out of the index, or a word changed, is seen.
    @Test func theComparisonSeesADifference() {
        let page = "<main data-pagefind-body><h1>Titre</h1><p>un deux</p><div data-pagefind-ignore><p>trois</p></div></main>"
        #expect(Self.read(page).words == ["Titre", "un", "deux"])
        #expect(Self.read(page).title == "Titre")
        #expect(Self.read(page) != Self.read(page.replacingOccurrences(of: "deux", with: "quatre")))
        #expect(Self.read(page) != Self.read(page.replacingOccurrences(of: " data-pagefind-ignore", with: "")))
    }
}
