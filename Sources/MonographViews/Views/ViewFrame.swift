import MonographCore

/// The parts every view shares: the figure around it, the sentence saying what it rests on, its tables.
package enum ViewFrame {
    /// Stands for the way to the site root in a view rendered once for pages at every depth. (A
    /// private-use character; one typed in content would become that relative path, which is harmless.)
    package static let rootMarker = "\u{E002}"

    /// How many networks a coverage sentence names in line; a longer list is folded below it.
    static let listedInline = 12

    static func figure(_ view: ViewID, coverage: Coverage, title: String, body: String, _ c: ViewContext) -> String {
        // Appended in place: a view over thousands of networks is large, and each `+` would copy it.
        // Left out of the search index (`data-pagefind-ignore`): its figures and tables repeat the
        // monographs' data, found on their own pages.
        var out = "<figure class=\"vue vue-\(view.rawValue)\" data-vue=\"\(view.rawValue)\" data-couverture=\"\(coverage.fraction)\""
        out += coverage.isPartial ? " data-partiel data-pagefind-ignore>\n" : " data-pagefind-ignore>\n"
        out.reserveCapacity(body.utf8.count + 1_000)
        out += "<figcaption>\(c.e(title))</figcaption>\n"
        out += body
        // What the view rests on, said under it as an editor's note: small, muted, always there.
        out += coverageNote(coverage, c)
        out += "<p class=\"vue-donnees\">Données : <a href=\"\(c.root)donnees/synthese.json\">synthese.json</a>, "
        out += "<a href=\"\(c.root)donnees/reseaux.json\">reseaux.json</a>, <a href=\"\(c.root)donnees/reseaux.csv\">reseaux.csv</a></p>\n"
        out += "</figure>\n"
        // The view's own sentences, titles and chart labels, set as French sets them.
        return FrenchTypography.html(out)
    }

    /// The sentence saying what a view rests on (FORMAT §5): how many networks it is computed on, which
    /// of them are described only in part, and which have no data, each linked. A list longer than
    /// `listedInline` names is counted in the sentence and given just below it, folded: its first
    /// `ListingBound.networks` names, the others being named in `synthese.json`.
    static func coverageNote(_ coverage: Coverage, _ c: ViewContext) -> String {
        let k = coverage.withData.count, n = coverage.reseaux
        var sentence = "", folded = ""
        /// The networks of a list: their links, or their number and a folded list of the links.
        func networks(_ list: [String], _ title: String) -> String {
            guard list.count > listedInline else { return c.links(list) }
            let listing = Listing(list, bound: ListingBound.networks)
            folded += "<details class=\"vue-liste\"><summary>\(title) (\(Format.number(list.count)))</summary>\n<p>\(c.links(listing.shown))</p>"
            guard listing.isCut else {
                folded += "</details>\n"
                return Format.count(list.count, "réseau", "réseaux") + ", listés ci-dessous"
            }
            folded +=
                "\n"
                + rest(
                    "Ce sont les \(Format.number(listing.shown.count)) premiers, \(ListingBound.order) ; "
                        + "\(others(listing.hidden, "est nommé", "sont nommés")) dans "
                        + "<a href=\"\(c.data("synthese.json"))\">synthese.json</a>, sous « couverture ».")
                + "</details>\n"
            return Format.count(list.count, "réseau", "réseaux") + ", dont les \(Format.number(listing.shown.count)) premiers listés ci-dessous"
        }
        if n == 0 {
            sentence += "Aucune monographie n’est encore écrite : cette vue n’a rien à montrer."
        } else if k == 0 {
            sentence += "Aucun réseau sur \(Format.number(n)) n’a encore de données pour cette vue, qui n’a donc rien à montrer"
            sentence += " ; sans données : \(networks(coverage.withoutData, "Réseaux sans données"))."
        } else {
            sentence += "Calculé sur \(Format.count(k, "réseau", "réseaux")) sur \(Format.number(n))"
            if !coverage.partial.isEmpty {
                sentence +=
                    ", dont \(Format.count(coverage.partial.count, "décrit", "décrits")) en partie seulement : "
                    + networks(coverage.partial, "Réseaux décrits en partie seulement")
            }
            if !coverage.withoutData.isEmpty {
                sentence += " ; sans données : " + networks(coverage.withoutData, "Réseaux sans données")
            }
            sentence += "."
        }
        return "<div class=\"vue-couverture\"><p>\(sentence)</p>\n\(folded)</div>\n"
    }

    /// The sentence under a cut listing: what it shows, in which order, how many it leaves out and where
    /// they are.
    package static func rest(_ sentence: String) -> String {
        "<p class=\"suite-liste\">\(sentence)</p>\n"
    }

    /// "les 30 premiers réseaux sur 2 000": what a cut listing of networks shows, for a caption.
    static func firstNetworks<Item>(_ listing: Listing<Item>) -> String {
        "les \(Format.number(listing.shown.count)) premiers réseaux sur \(Format.number(listing.total))"
    }

    /// "l’autre réseau", "les 1 970 autres réseaux": what a cut listing leaves out, `singular` or
    /// `plural` agreeing with their number.
    package static func others(_ n: Int, _ singular: String, _ plural: String) -> String {
        n == 1 ? "l’autre \(singular)" : "les \(Format.number(n)) autres \(plural)"
    }

    /// A table of figures. On narrow screens the stylesheet stacks the rows of an `empilable` table, each
    /// cell after its column's name, and writes the column headers of a `matrice` vertically. The names
    /// are custom properties `--c2`, `--c3`… of the table: one attribute per table rather than one per cell.
    package static func table(headers: [String], rows: [[String]], rowHeaders: Bool = true, className: String = "empilable") -> String {
        let stacked = className.split(separator: " ").contains("empilable")
        let names = headers.indices.filter { $0 > 0 || !rowHeaders }.map { "--c\($0 + 1): \(cssString(headers[$0]))" }
        let style = stacked && !names.isEmpty ? " style=\"\(names.joined(separator: "; "))\"" : ""
        var out = "<div class=\"tableau-defilant\"><table class=\"donnees \(className)\"\(style)>\n"
        out += "<thead><tr>" + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                out += i == 0 && rowHeaders ? "<th scope=\"row\">\(cell)</th>" : "<td>\(cell)</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>\n"
        return out
    }

    /// A CSS string holding already HTML-escaped text, for a `style` attribute.
    private static func cssString(_ escaped: String) -> String {
        "'"
            + escaped.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "&#39;", with: "\\27 ")
            .replacingOccurrences(of: "&quot;", with: "\\22 ") + "'"
    }

    /// `parts` joined with a single allocation.
    package static func joined(_ parts: String...) -> String {
        var out = ""
        out.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
        for part in parts { out += part }
        return out
    }

    /// A chart followed by its table, one click away.
    static func chartAndTable(_ chart: String, _ table: String) -> String {
        joined(chart, "<details class=\"vue-tableau\"><summary>Voir les chiffres en tableau</summary>\n", table, "</details>\n")
    }
}
