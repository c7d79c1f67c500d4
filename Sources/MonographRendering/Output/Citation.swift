import Foundation
import MonographCore
import MonographViews

/// How a monograph is cited (FORMAT §8): a reference on its page, `citation.bib` (BibTeX),
/// `citation.json` (CSL-JSON) and the `citation_*` meta tags that scholarly indexes read.
struct Citation: Equatable, Sendable {
    var slug: String
    /// « <nom> : <titre> ».
    var title: String
    var publisher: String
    /// `AAAA-MM-JJ`, when the site gives it.
    var date: String?
    /// The date of the monograph's last change, `AAAA-MM-JJ`, when known (FORMAT §9): its version.
    var updated: String?
    var language: String
    /// The monograph page's absolute address, when the site has one.
    var address: String?
    /// The monograph's PDF, when the site has an address.
    var pdfAddress: String?

    /// The monograph's title as citations and the page's description give it: « Nom : Titre », set the
    /// French way (a narrow no-break space before the colon).
    static func title(of m: Monograph) -> String {
        FrenchTypography.apply(m.nom + " : " + m.titre)
    }

    init(_ m: Monograph, settings: SiteSettings) {
        slug = m.slug
        title = Self.title(of: m)
        publisher = settings.publisher
        date = settings.datePublication
        updated = m.lastModified
        language = settings.langue
        address = settings.url.map { $0 + "reseaux/\(m.slug)/" }
        pdfAddress = settings.url.map { $0 + "pdf/\(m.slug).pdf" }
    }

    private var dateParts: [Int] { date?.split(separator: "-").compactMap { Int($0) } ?? [] }

    /// The reference shown on the page, as HTML: « Éditeur (2021). *Nom : Titre*. Adresse ».
    var referenceHTML: String {
        let e = Markdown.plainHTML
        // Without a publication date, the reference names no year rather than a bare « s. d. ».
        var out = e(publisher) + (dateParts.first.map { " (\($0))" } ?? "") + ". <cite>" + e(title) + "</cite>."
        if let address { out += " <span class=\"adresse\">" + Text.escapeHTML(address) + "</span>" }
        return out
    }

    /// The `citation_*` meta tags, one a line.
    var metaTags: String {
        var tags = [("citation_title", title), ("citation_author", publisher), ("citation_language", language)]
        if !dateParts.isEmpty { tags.append(("citation_publication_date", dateParts.map { String(format: "%02d", $0) }.joined(separator: "/"))) }
        if let address { tags.append(("citation_public_url", address)) }
        if let pdfAddress { tags.append(("citation_pdf_url", pdfAddress)) }
        return tags.map { "<meta name=\"\($0.0)\" content=\"\(Text.escapeHTML($0.1))\">" }.joined(separator: "\n")
    }

    /// `citation.json`: a CSL-JSON array of one report.
    var cslJSON: String {
        var item: [(String, JSONValue)] = [
            ("id", .string(slug)), ("type", .string("report")), ("title", .string(title)),
            ("author", .array([.object([("literal", .string(publisher))])])), ("publisher", .string(publisher)),
        ]
        // Issued when the collection was published, else when the monograph last changed; that change is its version.
        let updatedParts = updated?.split(separator: "-").compactMap { Int($0) } ?? []
        let issued = dateParts.isEmpty ? updatedParts : dateParts
        if !issued.isEmpty { item.append(("issued", .object([("date-parts", .array([.array(issued.map(JSONValue.int))]))]))) }
        if let updated { item.append(("version", .string(updated))) }
        item.append(("language", .string(language)))
        if let address { item.append(("URL", .string(address))) }
        return JSONValue.array([.object(item)]).serialized()
    }

    /// `citation.bib`: one `@techreport` entry, its texts escaped for BibTeX and braced so that their
    /// capitals are kept.
    var bibTeX: String {
        var fields = [
            ("title", "{" + Self.bibEscaped(title) + "}"), ("author", "{" + Self.bibEscaped(publisher) + "}"),
            ("institution", Self.bibEscaped(publisher)),
        ]
        if let year = dateParts.first { fields.append(("year", String(year))) }
        if dateParts.count > 1 { fields.append(("month", String(dateParts[1]))) }
        fields.append(("language", language == "fr" ? "french" : Self.bibEscaped(language)))
        if let address { fields.append(("url", address)) }
        if let updated {
            fields.append(("urldate", updated))
            fields.append(("version", updated))
        }
        return "@techreport{\(slug),\n" + fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n") + "\n}\n"
    }

    /// `text` with BibTeX's special characters written as commands.
    static func bibEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\textbackslash{}"
            case "{", "}", "&", "%", "$", "#", "_": out += "\\" + String(character)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            default: out.append(character)
            }
        }
        return out
    }
}
