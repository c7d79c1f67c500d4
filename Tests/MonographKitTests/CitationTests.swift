import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// A monograph can be cited (FORMAT §8): a reference on its page, `citation.bib` and `citation.json`
/// that outside parsers read (pybtex for BibTeX, citeproc-py for CSL-JSON), and `citation_*` meta tags.
@Suite struct CitationTests {
    /// A site whose publisher, date and address are set, with a name that BibTeX must escape.
    static func site() throws -> TemporarySite {
        let site = try TemporarySite()
        let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write(
            "site.yml", settings + "url: https://exemple.org/\nediteur: Le Mouvement associatif & l’ADASI\ndate_publication: 2021-06-30\n")
        let alpha = try String(contentsOf: site.content.appendingPathComponent("reseaux/alpha.md"), encoding: .utf8)
        try site.write("reseaux/alpha.md", alpha.replacingOccurrences(of: "nom: Réseau Alpha", with: "nom: \"Réseau Alpha {100 %}\""))
        return site
    }

    @Test func thePageShowsTheReferenceAndItsFilesAndTags() throws {
        let site = try Self.site()
        let files = try site.builder().render().get()
        let html = String(decoding: try #require(files["reseaux/alpha/index.html"]), as: UTF8.self)
        #expect(html.contains("<h2 id=\"citer-titre\">Citer cette monographie</h2>"))
        #expect(html.contains("<a href=\"citation.bib\" download>") && html.contains("<a href=\"citation.json\" download>"))
        #expect(html.contains("Le Mouvement associatif &amp; l’ADASI (2021). <cite>"))
        #expect(html.contains("<meta name=\"citation_publication_date\" content=\"2021/06/30\">"))
        #expect(html.contains("<meta name=\"citation_pdf_url\" content=\"https://exemple.org/pdf/alpha.pdf\">"))
        #expect(files["reseaux/alpha/citation.bib"] != nil && files["reseaux/beta/citation.json"] != nil)
    }

    /// Both files read back by parsers that are not ours: the same title, publisher, date and address.
    @Test func outsideParsersReadBothFiles() throws {
        let site = try Self.site()
        _ = try site.builder().build(projectRoot: site.root)
        let folder = site.output.appendingPathComponent("reseaux/alpha")
        let script = site.root.appendingPathComponent("read.py")
        try Data(Self.script.utf8).write(to: script)
        let output = try runPython(
            [
                script.path, folder.appendingPathComponent("citation.bib").path, folder.appendingPathComponent("citation.json").path,
            ], modules: "pybtex citeproc-py")
        let read = try #require(try JSONSerialization.jsonObject(with: output) as? [String: String])
        #expect(read["bib_title"] == "Réseau Alpha {100 %} : De l'idée à l'essaimage")
        #expect(read["bib_author"] == "Le Mouvement associatif & l’ADASI")
        #expect(read["bib_year"] == "2021")
        #expect(read["bib_url"] == "https://exemple.org/reseaux/alpha/")
        #expect(
            read["csl"] == "Le Mouvement associatif & l’ADASI (2021) Réseau Alpha {100 %}\u{202F}: De l'idée à l'essaimage. "
                + "Le Mouvement associatif & l’ADASI. Available at: https://exemple.org/reseaux/alpha/.")
    }

    /// Reads `citation.bib` with pybtex (its LaTeX commands decoded) and formats `citation.json` with
    /// citeproc-py's bundled style, then prints what they found as JSON.
    static let script = ##"""
        import json, os, sys

        try:
            from pybtex.database import parse_file
            import citeproc
            from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
            from citeproc.source.json import CiteProcJSON
        except ImportError as error:
            print(error, file=sys.stderr)
            sys.exit(3)

        def plain(text):
            # The braces that keep capitals, and BibTeX's escapes of special characters.
            for command, character in (("\\&", "&"), ("\\%", "%"), ("\\$", "$"), ("\\#", "#"), ("\\_", "_"), ("\\{", "\0"), ("\\}", "\1")):
                text = text.replace(command, character)
            return text.replace("{", "").replace("}", "").replace("\0", "{").replace("\1", "}")

        entry = next(iter(parse_file(sys.argv[1], bib_format="bibtex").entries.values()))
        styles = os.path.join(os.path.dirname(citeproc.__file__), "data", "styles")
        style = CitationStylesStyle(os.path.join(styles, "harvard-cite-them-right.csl"), validate=False)
        with open(sys.argv[2], encoding="utf-8") as file:
            items = json.load(file)
        bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
        bibliography.register(Citation([CitationItem(items[0]["id"])]))
        print(json.dumps({
            "bib_title": plain(entry.fields["title"]),
            "bib_author": plain(str(entry.persons["author"][0])),
            "bib_year": entry.fields["year"],
            "bib_url": entry.fields["url"],
            "csl": str(bibliography.bibliography()[0]),
        }))
        """##
}
