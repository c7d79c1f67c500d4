import MonographCore
import MonographViews

/// `flux.xml`: an Atom 1.0 feed (RFC 4287) of the collection's changes (FORMAT §9), one entry per
/// monograph version, newest first, at most `limit`. Its addresses are absolute: without the site's
/// (`url`), or without any version (outside git), it is not written.
enum Feed {
    static let path = "flux.xml"
    static let limit = 50

    /// One version of one monograph, as an entry shows it.
    struct Entry: Equatable, Sendable {
        var slug, nom: String
        var version: MonographVersion
    }

    /// The newest versions of the whole collection: by commit, newest first, then in site order.
    static func entries(_ site: Site) -> [Entry] {
        let all = site.monographs.enumerated().flatMap { index, m in
            (site.versions.versions[m.slug] ?? []).map { (index, Entry(slug: m.slug, nom: m.nom, version: $0)) }
        }
        return all.sorted { ($0.1.version.commit.order, $0.0) < ($1.1.version.commit.order, $1.0) }.prefix(limit).map(\.1)
    }

    static func render(_ entries: [Entry], settings: SiteSettings, url: String) -> String {
        let x = Text.escapeHTML
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(x(settings.langue))">
              <id>\(x(url + path))</id>
              <title>\(x(text(settings.titre)))</title>
              <subtitle>Les nouvelles versions des monographies</subtitle>
              <updated>\(x(entries.first?.version.commit.time ?? ""))</updated>
              <author><name>\(x(text(settings.publisher)))</name></author>
              <link rel="self" type="application/atom+xml" href="\(x(url + path))"/>
              <link rel="alternate" type="text/html" href="\(x(url))"/>

            """
        for entry in entries {
            let commit = entry.version.commit
            let page = url + "reseaux/\(entry.slug)/"
            let date = Format.date(commit.date) ?? commit.date
            let changes = entry.version.changes.joined(separator: " ; ")
            let message = settings.messagesHistorique && !commit.subject.isEmpty ? commit.subject + ". " : ""
            let summary = message + changes.prefix(1).uppercased() + changes.dropFirst() + "."
            out += """
                  <entry>
                    <id>\(x(page + "historique/#" + entry.version.anchor))</id>
                    <title>\(x(text(entry.nom) + ", version du " + date))</title>
                    <updated>\(x(commit.time))</updated>
                    <link rel="alternate" type="text/html" href="\(x(page))"/>
                    <summary>\(x(FrenchTypography.apply(summary)))</summary>
                  </entry>

                """
        }
        return out + "</feed>\n"
    }

    /// A text of the content as the feed gives it: its words without Markdown, in French typography.
    private static func text(_ markdown: String) -> String {
        FrenchTypography.apply(Markdown.plainText(markdown))
    }
}
