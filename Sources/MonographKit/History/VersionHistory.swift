import Foundation

/// One version of a monograph (FORMAT §9): the commit that made it and what it changed, in words.
package struct MonographVersion: Sendable, Equatable {
    package var commit: ContentHistory.Commit
    package var changes: [String]

    /// The anchor of the version on the history page, and the end of its id in the feed.
    var anchor: String { "version-" + commit.hash.prefix(12) }
}

/// The versions of every monograph that git knows, by slug, newest first; empty outside git.
package struct VersionHistory: Sendable, Equatable {
    package var versions: [String: [MonographVersion]] = [:]

    package static let none = VersionHistory()

    /// The versions of the monographs of `site` from the git history of the folder `content`: the
    /// versions of every file with more than one are read by id with one `git cat-file --batch`, parsed as the
    /// monograph is (the newest, when it is the file as it stands, is the site's own), and each compared
    /// with the version before it. A file with one version is its first: nothing to read.
    static func read(_ site: Site, content: URL) -> VersionHistory {
        var history = VersionHistory()
        var requests: [(slug: String, commit: ContentHistory.Commit, blob: String)] = []
        for m in site.monographs {
            let path = "reseaux/\(m.slug).md"
            let commits = site.history.commits[path] ?? [], blobs = site.history.blobs[path] ?? []
            if commits.count == 1 {
                history.versions[m.slug] = [MonographVersion(commit: commits[0], changes: [VersionChanges.first])]
            } else {
                requests += zip(commits, blobs).map { (m.slug, $0, $1) }
            }
        }
        guard !requests.isEmpty else { return history }
        // By id: a deletion's zeros are answered « missing ».
        let question = requests.map { $0.blob + "\n" }.joined()
        guard let answer = Git.runData(["-C", content.path, "cat-file", "--batch", "--buffer"], input: Data(question.utf8)) else { return .none }
        let blobs = Self.blobs(in: [UInt8](answer), count: requests.count)
        var reader = ContentReader(site: site.referentiel)
        reader.markdown = MarkdownOptions(allowRawHTML: site.settings.htmlBrut)
        let current = Dictionary(site.monographs.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        // Each version as read: nil for a commit that deleted the file, else the monograph or nil when
        // it no longer reads (an id since removed from the referentiel).
        let parsed: [Monograph??] = Parallel.map(Array(zip(requests.indices, blobs))) { index, blob in
            guard let blob else { return nil }
            let slug = requests[index].slug
            let newest = index == 0 || requests[index - 1].slug != slug
            if newest, let m = current[slug],
                case .success(let bytes) = FastFiles.read(content.path + "/reseaux/\(slug).md", limit: ContentLoader.maximumFileSize),
                bytes == blob
            {
                return .some(m)
            }
            guard case .success(let source) = SourceFile.decode(blob, path: "reseaux/\(slug).md") else { return .some(nil) }
            var bag = DiagnosticBag()
            return .some(reader.monograph(source, slug: slug, &bag))
        }
        var start = 0
        while start < requests.count {
            let slug = requests[start].slug
            var end = start
            while end < requests.count && requests[end].slug == slug { end += 1 }
            var versions: [MonographVersion] = []
            for index in start..<end {
                // A commit that deleted the file is no version; the version after it starts again.
                guard case .some(let version) = parsed[index] else { continue }
                let older: Monograph?? = index + 1 < end ? parsed[index + 1] : nil
                let changes: [String]
                switch (version, older) {
                case (nil, _): changes = ["version illisible par le générateur : changements non détaillés"]
                case (_?, .some(nil)): changes = ["version précédente illisible par le générateur : changements non détaillés"]
                case (let version?, .some(let previous?)): changes = VersionChanges.between(previous, version, referentiel: site.referentiel)
                case (let version?, nil): changes = VersionChanges.between(nil, version, referentiel: site.referentiel)
                }
                versions.append(MonographVersion(commit: requests[index].commit, changes: changes))
            }
            if !versions.isEmpty { history.versions[slug] = versions }
            start = end
        }
        return history
    }

    /// The contents of `git cat-file --batch`'s answers, in order: nil for an object missing (a file
    /// deleted by the commit).
    static func blobs(in bytes: [UInt8], count: Int) -> [[UInt8]?] {
        var result: [[UInt8]?] = []
        var index = 0
        while result.count < count, index < bytes.count {
            guard let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: bytes[index..<end], as: UTF8.self).split(separator: " ")
            index = end + 1
            guard header.count == 3, let size = Int(header[2]), index + size <= bytes.count else {
                result.append(nil)
                continue
            }
            result.append(Array(bytes[index..<index + size]))
            index += size + 1
        }
        return result + Array(repeating: nil, count: count - result.count)
    }
}
