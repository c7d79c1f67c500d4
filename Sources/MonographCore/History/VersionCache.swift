import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What earlier builds found that each version of a monograph changed, kept in the content's own git
/// repository, in `.git/monograph/versions`, beside the history it was read from: a version is
/// then compared with the one before it once, not at every build.
///
/// What a version changed follows from the two versions' texts alone, which git names by their ids,
/// and from what reads them: the referentiel, the site's settings and the generator itself. The ids of
/// the two versions are the key; the rest is the cache's stamp, and a cache with another stamp is not
/// read. The cache is never needed: missing, unreadable, or in a repository that cannot be written, the
/// versions are read from git as if it were not there, and the pages are the same byte for byte.
struct VersionCache {
    /// What each version changed, by `<version id> <previous version id>` (`-` for the first version).
    private(set) var changes: [String: [String]] = [:]
    /// The file, nil outside a repository whose folder could be found.
    let file: URL?
    /// The referentiel's, the site settings' and the generator's stamp.
    let stamp: String

    /// How many versions it holds.
    var count: Int { changes.count }

    /// The key of version `index` of `blobs` (a file's version ids, newest first, zeros for a commit
    /// that deleted it); nil for a deletion, which is no version.
    static func key(_ blobs: [String], _ index: Int) -> String? {
        guard !isDeletion(blobs[index]) else { return nil }
        let previous = index + 1 < blobs.count && !isDeletion(blobs[index + 1]) ? blobs[index + 1] : "-"
        return blobs[index] + " " + previous
    }

    private static func isDeletion(_ id: String) -> Bool { id.allSatisfy { $0 == "0" } }

    /// The cache of the repository holding `content`, read if its stamp is that of `content` as it
    /// stands; empty otherwise.
    init(content: URL) {
        file = Git.directory(of: content)?.appendingPathComponent("monograph/versions")
        stamp = Self.stamp(content: content)
        guard let file, case .success(let bytes) = FastFiles.read(file.path, limit: 1 << 28) else { return }
        changes = Self.parse(bytes, stamp: stamp) ?? [:]
    }

    /// The versions of a file whose commits and version ids are `commits` and `blobs`, if every one is
    /// known.
    func versions(_ commits: [ContentHistory.Commit], _ blobs: [String]) -> [MonographVersion]? {
        var versions: [MonographVersion] = []
        for index in blobs.indices {
            guard let key = Self.key(blobs, index) else { continue }
            guard let changes = changes[key] else { return nil }
            versions.append(MonographVersion(commit: commits[index], changes: changes))
        }
        return versions
    }

    /// Writes `used`, the changes of every version of this build, when they are not what the file
    /// holds: the versions no longer in the history are left out, so the file does not grow. Written
    /// beside and renamed over, so that a build reading it at the same time reads the old or the new.
    func save(_ used: [String: [String]]) {
        guard let file, used != changes else { return }
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".versions-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(Self.text(used, stamp: stamp).utf8)) else {
            return
        }
        if rename(temporary.path, file.path) != 0 { unlink(temporary.path) }
    }

    /// The file's text: a first line naming the format and the stamp, then a line per version, its key
    /// and each of its changes after a tab, sorted by key. A change's backslashes, tabs and line breaks
    /// are written `\\`, `\t` and `\n`.
    static func text(_ changes: [String: [String]], stamp: String) -> String {
        var text = "monograph versions 1 \(stamp)\n"
        for key in changes.keys.sorted() {
            text += key
            for change in changes[key]! { text += "\t" + escape(change) }
            text += "\n"
        }
        return text
    }

    /// The changes a file's `bytes` hold, nil if its first line is not the format's with `stamp`.
    static func parse(_ bytes: [UInt8], stamp: String) -> [String: [String]]? {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        guard let first = lines.first, String(decoding: first, as: UTF8.self) == "monograph versions 1 \(stamp)" else { return nil }
        var changes: [String: [String]] = [:]
        changes.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            changes[String(decoding: fields[0], as: UTF8.self)] = fields.dropFirst().map { field in
                let text = String(decoding: field, as: UTF8.self)
                return field.contains(UInt8(ascii: "\\")) ? unescape(text) : text
            }
        }
        return changes
    }

    private static func escape(_ change: String) -> String {
        guard change.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return change }
        var escaped = ""
        for character in change.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    private static func unescape(_ field: String) -> String {
        var text = "", pending = false
        for character in field.unicodeScalars {
            if pending {
                switch character {
                case "t": text += "\t"
                case "n": text += "\n"
                case "r": text += "\r"
                default: text.unicodeScalars.append(character)
                }
                pending = false
            } else if character == "\\" {
                pending = true
            } else {
                text.unicodeScalars.append(character)
            }
        }
        return text
    }

    /// A stamp of what reads the versions besides their texts: the referentiel and the site's settings
    /// as files, and the generator as the program file running (its size and date, which a new build
    /// of it changes). Hashed with FNV-1a, which needs no library and is stable across runs.
    private static func stamp(content: URL) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xFF
            hash = hash &* 0x100_0000_01b3
        }
        mix("versions 1".utf8)
        for name in ["referentiel.yml", "site.yml"] {
            mix(FileManager.default.contents(atPath: content.appendingPathComponent(name).path) ?? Data())
        }
        var program = stat()
        if let path = Bundle.main.executablePath, stat(path, &program) == 0 {
            mix("\(program.st_size) \(program.st_mtim.tv_sec) \(program.st_mtim.tv_nsec)".utf8)
        } else {
            // The program cannot be told: a stamp no other run has, so nothing kept is trusted.
            mix("\(getpid()) \(time(nil))".utf8)
        }
        return String(hash, radix: 16)
    }
}
