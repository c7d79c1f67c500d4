import MonographCore

/// What every view renders with, besides its input: the referentiel, Markdown, and the way from the
/// page to the site root.
package struct ViewContext: Sendable {
    package let referentiel: Referentiel
    package let markdown: Markdown
    /// The relative path from the page to the site root; views rendered once for pages at every depth
    /// use `ViewFrame.rootMarker`, replaced on each page.
    package let root: String
    /// The escaped text of each network's link, by slug, made once for all the views of a rendering
    /// from the same names as the views' inputs.
    package let linkTexts: [String: String]

    package init(referentiel: Referentiel, markdown: Markdown, root: String, linkTexts: [String: String]) {
        self.referentiel = referentiel
        self.markdown = markdown
        self.root = root
        self.linkTexts = linkTexts
    }

    package func e(_ s: String) -> String { Markdown.plainHTML(s) }

    package func label(_ id: String, in keyPath: KeyPath<Referentiel, [ReferenceItem]>) -> String {
        referentiel.label(id, in: keyPath)
    }

    package func link<Entry>(_ network: ViewNetwork<Entry>) -> String {
        link(network.slug)
    }

    /// The link to a network's monograph.
    package func link(_ slug: String) -> String {
        "<a href=\"\(root)reseaux/\(slug)/index.html\">\(linkTexts[slug] ?? e(slug))</a>"
    }

    /// The networks' links, or a dash when there are none.
    func links(_ slugs: [String]) -> String {
        slugs.isEmpty ? "–" : slugs.map(link).joined(separator: ", ")
    }

    /// The address of an open-data file (`synthese.json`, `reseaux.json`, `reseaux.csv`).
    package func data(_ file: String) -> String { "\(root)donnees/\(file)" }

    /// The address of the explorer (FORMAT §8) showing only the rows of a network, a function, a level
    /// and a step, as it reads them from its query string; an attribute's value, its `&` escaped.
    package func explorer(reseau: String? = nil, fonction: String? = nil, echelon: String? = nil, phase: String? = nil) -> String {
        let filters = [("reseau", reseau), ("fonction", fonction), ("echelon", echelon), ("phase", phase)].compactMap { key, value in
            value.map { "\(key)=\(Self.queryValue($0))" }
        }
        return "\(root)explorateur/index.html" + (filters.isEmpty ? "" : "?" + filters.joined(separator: "&amp;"))
    }

    /// A value for a query string: ids and slugs are `[a-z0-9-]`, anything else is percent-encoded.
    private static func queryValue(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count < 2 ? "0" : "") + hex
            }
        }
        return out
    }
}
