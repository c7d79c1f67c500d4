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
    /// versions of every file with more than one are read by id with one `git cat-file --batch`, then
    /// each monograph's on one core, newest first, each version read from the one after it (the first
    /// from the file as it stands, the site's own): only what a commit changed is parsed again. Each is
    /// then compared with the version before it. A file with one version is its first: nothing to read.
    static func read(_ site: Site, content: URL) -> VersionHistory {
        var history = VersionHistory()
        // A file as committed last is the file as it stands: its newest version need not be asked for.
        let edited = Git.editedFiles(in: content)
        var chains: [(monograph: Monograph, commits: ArraySlice<ContentHistory.Commit>, asCommitted: Bool, blobs: Range<Int>)] = []
        var ids: [String] = []
        for m in site.monographs {
            let path = "reseaux/\(m.slug).md"
            let commits = site.history.commits[path] ?? [], blobs = site.history.blobs[path] ?? []
            if commits.count == 1 {
                history.versions[m.slug] = [MonographVersion(commit: commits[0], changes: [VersionChanges.first])]
            } else if !commits.isEmpty, commits.count == blobs.count {
                let asCommitted = edited.map { !$0.contains(path) } ?? false
                let asked = asCommitted ? blobs.dropFirst() : blobs[...]
                chains.append((m, commits[...], asCommitted, ids.count..<ids.count + asked.count))
                ids += asked
            }
        }
        guard !chains.isEmpty else { return history }
        // By id: a deletion's zeros are answered « missing ».
        let question = ids.map { $0 + "\n" }.joined()
        guard let answer = Git.runBytes(["-C", content.path, "cat-file", "--batch", "--buffer"], input: Array(question.utf8)) else { return .none }
        let blobs = Self.blobs(in: answer, count: ids.count)
        var settings = ContentReader(site: site.referentiel)
        settings.markdown = MarkdownOptions(allowRawHTML: site.settings.htmlBrut)
        let reader = settings
        let read: [(String, [MonographVersion])] = Parallel.map(chains) { chain in
            let path = "reseaux/\(chain.monograph.slug).md"
            // The file as it stands, which the site was read from.
            var newer: MonographText?
            if case .success(let bytes) = FastFiles.read(content.path + "/" + path, limit: ContentLoader.maximumFileSize),
                case .success(let file) = SourceFile.decode(bytes, path: path), case .success(let split) = SplitFile.split(file)
            {
                newer = MonographText(chain.monograph, split)
            }
            // Each version as read: nil for a commit that deleted the file, else the monograph or nil
            // when it no longer reads (an id since removed from the referentiel).
            var parsed: [Monograph??] = chain.asCommitted ? [.some(chain.monograph)] : []
            parsed += blobs[chain.blobs].map { blob in
                guard let blob else { return nil }
                guard case .success(let file) = SourceFile.decode(blob, path: path) else { return .some(nil) }
                let version: MonographText?
                if let newer {
                    version = reader.monograph(file, olderThan: newer)
                } else {
                    version = reader.monographText(file, slug: chain.monograph.slug)
                }
                if let version { newer = version }
                return .some(version?.monograph)
            }
            return (chain.monograph.slug, Self.versions(parsed, chain.commits, site.referentiel))
        }
        for (slug, versions) in read where !versions.isEmpty { history.versions[slug] = versions }
        return history
    }

    /// The versions of one monograph from its versions as read, newest first, with their commits.
    private static func versions(
        _ parsed: [Monograph??], _ commits: ArraySlice<ContentHistory.Commit>, _ referentiel: Referentiel
    ) -> [MonographVersion] {
        var versions: [MonographVersion] = []
        for (index, commit) in zip(parsed.indices, commits) {
            // A commit that deleted the file is no version; the version after it starts again.
            guard case .some(let version) = parsed[index] else { continue }
            let older: Monograph?? = index + 1 < parsed.count ? parsed[index + 1] : nil
            let changes: [String]
            switch (version, older) {
            case (nil, _): changes = ["version illisible par le générateur : changements non détaillés"]
            case (_?, .some(nil)): changes = ["version précédente illisible par le générateur : changements non détaillés"]
            case (let version?, .some(let previous?)): changes = VersionChanges.between(previous, version, referentiel: referentiel)
            case (let version?, nil): changes = VersionChanges.between(nil, version, referentiel: referentiel)
            }
            versions.append(MonographVersion(commit: commit, changes: changes))
        }
        return versions
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
