import MonographCore
import MonographViews

/// An indexed page as the search index reads it (FORMAT §8): the words of its main content, without what
/// the page marks `data-pagefind-ignore`, with its headings, its title and its filters, in a small HTML
/// document of few elements.
///
/// The indexer's time follows the elements it walks more than the words it keeps: a monograph page holds
/// its words in lists, badges, definition lists and charts. So the build writes one document per indexed
/// page from the content itself, before any page is rendered, and runs the indexer over them while the
/// pages are rendered (`SearchIndexer.start`); `serve` indexes the same documents after each build. The
/// pages keep `data-pagefind-body` and their filters: an index made from the pages themselves holds the
/// same words, headings and filters, which `SearchDocumentTests` checks page by page.
package struct SearchDocument: Sendable {
    /// The page's path in the output folder.
    package let path: String
    /// The document, HTML.
    package let html: String

    /// A document for the page at `path` titled `title` (plain text), with `facets`, whose main content
    /// is `body` (HTML). Its main element gives the page's address (`url`), as the indexer's metadata:
    /// the document itself is not read at the page's path (`file`).
    init(path: String, title: String, settings: SiteSettings, facets: SearchFacets, body: String) {
        self.path = path
        let head = Text.escapeHTML(Markdown.plain(title)) + " · " + Text.escapeHTML(Markdown.plain(settings.titre))
        let url = Text.escapeHTML(Self.address(of: path))
        html =
            "<!DOCTYPE html>\n<html lang=\"\(Text.escapeHTML(settings.langue))\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + head
            + "</title>\n</head>\n<body>\n<main data-pagefind-body data-pagefind-meta=\"url:\(url)\">\n" + facets.html + "\n" + body
            + "</main>\n</body>\n</html>\n"
    }

    /// The page's address relative to the site's root, as the search page links it: its folder, for a
    /// folder's `index.html`.
    static func address(of path: String) -> String {
        path.hasSuffix("index.html") ? String(path.dropLast("index.html".utf8.count)) : path
    }

    /// The document's name in the documents' folder, all side by side: the page's folders joined by
    /// dots (`reseaux.alpha.html`). A folder for each, as the pages have, would be thousands more to
    /// make and remove at each build.
    package var file: String {
        var folders = Self.address(of: path)
        if folders.hasSuffix("/") { folders.removeLast() }
        return Text.replacing("/", with: ".", in: folders) + ".html"
    }

    /// Appends the words of `markup` (HTML written by the generator, never content) to `out`: the text
    /// between its tags, each tag read as a space, as the indexer reads it; except that the end of a
    /// term (`</dt>`) becomes « : » before its definition, and the end of a paragraph, an item, a
    /// definition or a heading ends the document's paragraph, so that an excerpt reads as sentences
    /// rather than a run of words. Neither adds a word: the page holds the same words in the same order.
    static func appendWords(of markup: String, to out: inout String) {
        // Read on its bytes: the tags' delimiters are ASCII, and the text between them is copied whole.
        let bytes = markup.utf8
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "<")) {
            out += markup[rest..<open]
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else {
                out += " "
                return
            }
            let tag = bytes[bytes.index(after: open)..<close]
            rest = bytes.index(after: close)
            if tag.elementsEqual("/dt".utf8) {
                out += "\u{202F}: "
            } else if blockEnds.contains(where: { tag.elementsEqual($0.utf8) }) {
                endParagraph(&out)
            } else {
                out += " "
            }
        }
        out += markup[rest...]
    }

    /// The closing tags that end a block of text on the page.
    private static let blockEnds: [String] = ["/p", "/li", "/dd", "/h3", "/h4"]

    /// Ends the document's paragraph and opens the next, unless the current one holds nothing yet. The
    /// structured blocks are placed in a paragraph of their own (`monograph`).
    private static func endParagraph(_ out: inout String) {
        var end = out.endIndex
        while end > out.startIndex, out[out.index(before: end)].isWhitespace { end = out.index(before: end) }
        if end == out.startIndex || out[..<end].hasSuffix("<p>") {
            out += " "
            return
        }
        out += "</p>\n<p>"
    }

    /// A structured block made `forSearch` as the document's paragraphs, without the empty one that its
    /// last item opens; nothing for a block with no words.
    private static func paragraphs(_ block: String) -> String {
        // `dropLast(1)`, not `dropLast()`: without its argument, a string's `dropLast` counts every
        // character of it first.
        var text = Substring(block)
        while text.last?.isWhitespace == true { text = text.dropLast(1) }
        if text.hasSuffix("<p>") { text = text.dropLast(3) }
        while text.last?.isWhitespace == true { text = text.dropLast(1) }
        guard !text.isEmpty else { return "" }
        return "<p>" + text + (text.hasSuffix("</p>") ? "\n" : "</p>\n")
    }

    /// A prose body without the computed views it places: the page marks each view `data-pagefind-ignore`.
    private static func prose(_ html: HTMLWithViews) -> String {
        html.filled { _ in "" }
    }

    // MARK: The pages

    /// A monograph's page (`MonographPage`, template `monographie`): its heading, title, domain and lead,
    /// then each written section's heading, structured data and prose. Its table of contents, the
    /// sections' numbers, the sections still to write (« à rédiger »), the citation block and the links
    /// to other pages are not indexed.
    package static func monograph(_ m: Monograph, settings: SiteSettings, referentiel: Referentiel, markdown: Markdown) -> SearchDocument {
        var body = ""
        if let numero = m.numero { body += "<p>Monographie n<sup>o</sup> \(numero)</p>\n" }
        body += "<h1>" + Markdown.plainHTML(m.nom) + "</h1>\n<p>" + markdown.inline(m.titre) + "</p>\n"
        body += "<p>Domaine\u{202F}: " + markdown.inline(m.domaine) + "</p>\n"
        if let missions = m.missions { body += "<p>Missions\u{202F}: " + markdown.inline(missions) + "</p>\n" }
        if let lead = m.body.lead { body += prose(lead) }
        let blocks = SectionBlocks(monograph: m, referentiel: referentiel, markdown: markdown, forSearch: true)
        for section in SectionID.allCases where m.state(section) != .aRediger {
            body += "<h2 id=\"\(section.rawValue)-titre\">" + Markdown.plainHTML(section.heading) + "</h2>\n"
            body += paragraphs(blocks.html(for: section))
            if let text = m.body.sections[section] { body += prose(text) }
        }
        return SearchDocument(
            path: "reseaux/\(m.slug)/index.html", title: m.nom, settings: settings, facets: SearchFacets(m, referentiel: referentiel),
            body: body)
    }

    /// A booklet page (`ProsePages.booklet`, template `page`): its heading and its prose.
    static func booklet(_ page: BookletPage, settings: SiteSettings) -> SearchDocument {
        SearchDocument(
            path: "livret/\(page.slug)/index.html", title: page.titre, settings: settings, facets: SearchFacets(.livret),
            body: "<h1>" + Markdown.plainHTML(page.titre) + "</h1>\n" + prose(page.body.html))
    }

    /// The synthesis page (`ProsePages.synthesis`, template `page`): its heading and its prose.
    static func synthesis(_ page: SynthesisPage, settings: SiteSettings) -> SearchDocument {
        SearchDocument(
            path: "synthese/index.html", title: page.titre, settings: settings, facets: SearchFacets(.synthese),
            body: "<h1>" + Markdown.plainHTML(page.titre) + "</h1>\n" + prose(page.body.html))
    }

    /// The referentiel page (`ReferentielPage`, template `referentiel`): each list's heading, then each
    /// item's label, place in the RAMEAU grid and description. The item's id, written for the content's
    /// authors, is not indexed.
    package static func referentiel(_ referentiel: Referentiel, settings: SiteSettings, markdown: Markdown) -> SearchDocument {
        var body = "<h1>Référentiel</h1>\n"
        for list in Referentiel.lists {
            body += "<h2 id=\"\(list.key)-titre\">" + Markdown.plainHTML(list.title) + "</h2>\n"
            for item in referentiel[keyPath: list.keyPath] {
                body += "<p>" + Markdown.plainHTML(item.libelle)
                if let grid = ReferentielPage.gridPlace(of: item) { body += " " + grid }
                body += "</p>\n"
                if let description = item.description { body += markdown.block(description) }
            }
        }
        return SearchDocument(
            path: "referentiel/index.html", title: "Référentiel", settings: settings, facets: SearchFacets(.referentiel), body: body)
    }
}

/// The search documents of a site's indexed pages, made one at a time: the documents of thousands of
/// monographs are never held together.
package struct SearchDocuments: Sendable {
    package let site: Site
    package let markdown: Markdown

    package init(site: Site, markdown: Markdown) {
        self.site = site
        self.markdown = markdown
    }

    /// How many pages are indexed: the monographs, the booklet's pages, the synthesis, the referentiel.
    package var count: Int { site.monographs.count + site.booklet.count + (site.synthesis == nil ? 0 : 1) + 1 }

    /// The document at `index`, in that order.
    package func document(_ index: Int) -> SearchDocument {
        var index = index
        if index < site.monographs.count {
            return .monograph(site.monographs[index], settings: site.settings, referentiel: site.referentiel, markdown: markdown)
        }
        index -= site.monographs.count
        if index < site.booklet.count { return .booklet(site.booklet[index], settings: site.settings) }
        index -= site.booklet.count
        if let page = site.synthesis, index == 0 { return .synthesis(page, settings: site.settings) }
        return .referentiel(site.referentiel, settings: site.settings, markdown: markdown)
    }
}
