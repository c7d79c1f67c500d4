/// `sitemap.xml`: every page, from the site's address when `url` is set.
enum Sitemap {
    static func render(pages: [String], url: String) -> String {
        let base = url.hasSuffix("/") ? url : url + "/"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            let path = page.hasSuffix("/index.html") ? String(page.dropLast("index.html".count)) : (page == "index.html" ? "" : page)
            out += "  <url><loc>\(Text.escapeHTML(base + path))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }
}
