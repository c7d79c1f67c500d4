import Foundation

/// One version of a monograph (FORMAT §9): the commit that made it and what it changed, in words.
package struct MonographVersion: Sendable, Equatable {
    package var commit: ContentHistory.Commit
    package var changes: [String]

    /// The anchor of the version on the history page, and the end of its id in the feed.
    package var anchor: String { "version-" + commit.hash.prefix(12) }
}

/// The versions of every monograph that git knows, by slug, newest first; empty outside git.
package struct VersionHistory: Sendable, Equatable {
    package var versions: [String: [MonographVersion]] = [:]

    package static let none = VersionHistory()

    /// The versions of the monographs of `site` from the git history of the folder `content`. What a
    /// version changed is taken from the repository's cache when an earlier build found it
    /// (`VersionCache`); the files with a version it does not know are read again: their versions by id,
    /// a group of files at a time (one `git cat-file --batch` each), each monograph's on one core, newest
    /// first, each version read from the one after it (the first from the file as it stands, the site's
    /// own): only what a commit changed is parsed again. Each is then compared with the version before it. A file with one version
    /// is its first: nothing to read.
    package static func read(_ site: Site, content: URL) -> VersionHistory {
        var history = VersionHistory()
        let cache = VersionCache(content: content)
        var known: [(blobs: [String], versions: [MonographVersion])] = []
        var unknown: [(monograph: Monograph, commits: [ContentHistory.Commit], blobs: [String])] = []
        for m in site.monographs {
            let path = "reseaux/\(m.slug).md"
            let commits = site.history.commits[path] ?? [], blobs = site.history.blobs[path] ?? []
            if commits.count == 1 {
                history.versions[m.slug] = [MonographVersion(commit: commits[0], changes: [VersionChanges.first])]
            } else if !commits.isEmpty, commits.count == blobs.count {
                if let versions = cache.versions(commits, blobs) {
                    if !versions.isEmpty { history.versions[m.slug] = versions }
                    known.append((blobs, versions))
                } else {
                    unknown.append((m, commits, blobs))
                }
            }
        }
        // The cache is written again when it lacks a version or holds one no longer in the history.
        guard !unknown.isEmpty || known.reduce(0, { $0 + $1.versions.count }) != cache.count else { return history }
        var used: [String: [String]] = [:]
        for (blobs, versions) in known {
            for (key, version) in zip(blobs.indices.compactMap { VersionCache.key(blobs, $0) }, versions) { used[key] = version.changes }
        }
        for (slug, read) in unknown.isEmpty ? [] : readAgain(unknown, site, content: content) {
            if !read.isEmpty { history.versions[slug] = read.map(\.version) }
            for case (let key?, let version) in read { used[key] = version.changes }
        }
        cache.save(used)
        return history
    }

    /// The versions of the files of `chains`, read from git: for each slug, each version with its key in
    /// the cache.
    ///
    /// The files are asked for in groups, one `git cat-file --batch` each, and each group is read and
    /// parsed on one core: while one core waits for git's answer, another parses the answer before.
    private static func readAgain(
        _ chains: [(monograph: Monograph, commits: [ContentHistory.Commit], blobs: [String])], _ site: Site, content: URL
    ) -> [(String, [(key: String?, version: MonographVersion)])] {
        // A file as committed last is the file as it stands: its newest version need not be asked for.
        let edited = Git.editedFiles(in: content)
        var settings = ContentReader(site: site.referentiel)
        settings.markdown = MarkdownOptions(allowRawHTML: site.settings.htmlBrut)
        let reader = settings
        // Four groups a core, so that every core stays busy to the end.
        return Parallel.map(Parallel.groups(chains, count: 4 * ProcessInfo.processInfo.activeProcessorCount)) {
            group -> [(String, [(key: String?, version: MonographVersion)])] in
            var asked: [(asCommitted: Bool, range: Range<Int>)] = []
            var ids: [String] = []
            for chain in group {
                let path = "reseaux/\(chain.monograph.slug).md"
                let asCommitted = edited.map { !$0.contains(path) } ?? false
                let wanted = asCommitted ? chain.blobs.dropFirst() : chain.blobs[...]
                asked.append((asCommitted, ids.count..<ids.count + wanted.count))
                ids += wanted
            }
            // By id: a deletion's zeros are answered « missing ».
            let question = ids.map { $0 + "\n" }.joined()
            guard let answer = Git.runBytes(["-C", content.path, "cat-file", "--batch", "--buffer"], input: Array(question.utf8)) else {
                return []
            }
            let blobs = Self.blobs(in: answer, count: ids.count)
            return zip(group, asked).map { chain, asked in
                (
                    chain.monograph.slug,
                    versions(of: chain, asked.asCommitted, blobs[asked.range].map { $0.map { answer[$0] } }, reader, site, content)
                )
            }
        }.flatMap { $0 }
    }

    /// The versions of one file, from its older versions as git gave them (nil for a commit that deleted
    /// it), newest first; `asCommitted` when the file as it stands is its newest version.
    private static func versions(
        of chain: (monograph: Monograph, commits: [ContentHistory.Commit], blobs: [String]), _ asCommitted: Bool,
        _ blobs: [ArraySlice<UInt8>?], _ reader: ContentReader, _ site: Site, _ content: URL
    ) -> [(key: String?, version: MonographVersion)] {
        let path = "reseaux/\(chain.monograph.slug).md"
        // The file as it stands, which the site was read from.
        var newer: MonographText?
        if case .success(let bytes) = FastFiles.read(content.path + "/" + path, limit: ContentLoader.maximumFileSize) {
            newer = MonographText(chain.monograph, bytes: bytes[...])
        }
        // Each version as read: nil for a commit that deleted the file, else the monograph or nil
        // when it no longer reads (an id since removed from the referentiel).
        var parsed: [Monograph??] = asCommitted ? [.some(chain.monograph)] : []
        parsed += blobs.map { blob in
            guard let blob else { return nil }
            let version: MonographText?
            if let newer {
                version = reader.monograph(blob, path: path, olderThan: newer)
            } else if case .success(let file) = SourceFile.decode(blob, path: path) {
                version = reader.monographText(file, bytes: blob, slug: chain.monograph.slug)
            } else {
                version = nil
            }
            if let version { newer = version }
            return .some(version?.monograph)
        }
        return versions(parsed, chain.commits, chain.blobs, site.referentiel)
    }

    /// The versions of one monograph from its versions as read, newest first, with their commits and
    /// their keys in the cache: none for a version whose previous one git could not give (a shallow
    /// clone), which is shown as a first version but not kept as one.
    private static func versions(
        _ parsed: [Monograph??], _ commits: [ContentHistory.Commit], _ blobs: [String], _ referentiel: Referentiel
    ) -> [(key: String?, version: MonographVersion)] {
        var versions: [(key: String?, version: MonographVersion)] = []
        for (index, commit) in zip(parsed.indices, commits) {
            // A commit that deleted the file is no version; the version after it starts again.
            guard case .some(let version) = parsed[index] else { continue }
            let older: Monograph?? = index + 1 < parsed.count ? parsed[index + 1] : nil
            let missing = index + 1 < blobs.count && older == nil && VersionCache.key(blobs, index + 1) != nil
            let key = missing ? nil : VersionCache.key(blobs, index)
            let changes: [String]
            switch (version, older) {
            case (nil, _): changes = ["version illisible par le générateur : changements non détaillés"]
            case (_?, .some(nil)): changes = ["version précédente illisible par le générateur : changements non détaillés"]
            case (let version?, .some(let previous?)): changes = VersionChanges.between(previous, version, referentiel: referentiel)
            case (let version?, nil): changes = VersionChanges.between(nil, version, referentiel: referentiel)
            }
            versions.append((key, MonographVersion(commit: commit, changes: changes)))
        }
        return versions
    }

    /// Where the contents of `git cat-file --batch`'s answers stand in `bytes`, in order: nil for an
    /// object missing (a file deleted by the commit).
    static func blobs(in bytes: [UInt8], count: Int) -> [Range<Int>?] {
        var result: [Range<Int>?] = []
        result.reserveCapacity(count)
        var index = 0
        while result.count < count, index < bytes.count {
            guard let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            // `<id> <type> <size>`, or `<id> missing`: read on the bytes (cut as characters, a header
            // took some 22,000 instructions).
            let header = bytes[index..<end].split(separator: UInt8(ascii: " "))
            index = end + 1
            guard header.count == 3, let size = Text.decimal(header[2]), index + size <= bytes.count else {
                result.append(nil)
                continue
            }
            result.append(index..<index + size)
            index += size + 1
        }
        return result + Array(repeating: nil, count: count - result.count)
    }
}
