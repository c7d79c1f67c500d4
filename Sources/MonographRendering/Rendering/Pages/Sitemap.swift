import MonographCore
import MonographViews

/// `sitemap.xml`: every page, from the site's address when `url` is set.
enum Sitemap {
    /// A page listed, with the date of its last change when known (`AAAA-MM-JJ`).
    struct Page: Equatable, Sendable {
        var path: String
        var lastModified: String?
    }

    static func render(pages: [Page], url: String) -> String {
        let base = url.hasSuffix("/") ? url : url + "/"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            let path = page.path
            let relative = path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : (path == "index.html" ? "" : path)
            let lastmod = page.lastModified.map { "<lastmod>\($0)</lastmod>" } ?? ""
            out += "  <url><loc>\(Text.escapeHTML(base + relative))</loc>\(lastmod)</url>\n"
        }
        return out + "</urlset>\n"
    }
}
