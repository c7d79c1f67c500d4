import Foundation
import MonographCore
import MonographRendering
import MonographViews
import Synchronization

/// Monographs read in earlier builds, by file: a file whose size, modification time and inode are
/// unchanged is not read again. Everything is dropped when `referentiel.yml` or `site.yml` changes,
/// since ids are checked against the referentiel and bodies are converted with the settings.
final class ParseCache: Sendable {
    private struct State {
        var entries: [String: (stamp: String, monograph: Monograph?, bag: DiagnosticBag)] = [:]
        var dependencies: [String] = []
    }

    private let state = Mutex(State())

    /// Size, modification time and inode of a file, or nil when it cannot be read.
    static func stamp(of url: URL) -> String? {
        stamp(ofPath: url.path)
    }

    static func stamp(ofPath path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
    }

    func prepare(dependingOn paths: [String]) {
        let stamps = paths.map { $0 + "=" + (Self.stamp(ofPath: $0) ?? "?") }
        state.withLock { state in
            if stamps != state.dependencies {
                state.entries.removeAll()
                state.dependencies = stamps
            }
        }
    }

    func entry(for path: String, stamp: String) -> (Monograph?, DiagnosticBag)? {
        state.withLock { state in
            guard let entry = state.entries[path], entry.stamp == stamp else { return nil }
            return (entry.monograph, entry.bag)
        }
    }

    func store(_ result: (Monograph?, DiagnosticBag), for path: String, stamp: String) {
        state.withLock { $0.entries[path] = (stamp, result.0, result.1) }
    }

    /// Keeps the monographs as the site holds them, dated from git, so that an unchanged one stays the
    /// very same value at the next build (`Site.dating` changes only a date that differs).
    func refresh(_ monographs: [Monograph]) {
        let bySlug = Dictionary(monographs.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        state.withLock { state in
            for (path, entry) in state.entries {
                guard let kept = entry.monograph, let dated = bySlug[kept.slug], dated.lastCommitDate != kept.lastCommitDate else {
                    continue
                }
                state.entries[path] = (entry.stamp, dated, entry.bag)
            }
        }
    }

    func keepOnly(_ paths: Set<String>) {
        state.withLock { $0.entries = $0.entries.filter { paths.contains($0.key) } }
    }

    /// Size, date and inode of every file under `folder`, sorted: changes when any template changes.
    static func stamps(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            result.append(relative + "=" + (stamp(of: url) ?? "?"))
        }
        return result.sorted()
    }
}
