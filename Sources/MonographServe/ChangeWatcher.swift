import Foundation
import MonographKit
#if canImport(Glibc)
import Glibc
#endif

/// Waits for changes under some folders. On Linux, inotify wakes the server as soon as a file is
/// saved, at no cost while nothing changes; elsewhere, or when inotify is unavailable, the folders
/// are scanned at an interval.
final class ChangeWatcher: @unchecked Sendable {
    private let folders: [URL]
    private let interval: Duration
    #if os(Linux)
    private var descriptor: Int32 = -1
    private var watched: Set<String> = []
    #endif

    init(folders: [URL], interval: Duration) {
        self.folders = folders
        self.interval = interval
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if descriptor >= 0 { for folder in folders { watchTree(folder.path) } }
        #endif
    }

    deinit {
        #if os(Linux)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// Returns once something may have changed (a burst of events counts as one).
    func next() async throws {
        #if os(Linux)
        if descriptor >= 0 {
            while true {
                try Task.checkCancellation()
                if drain() {
                    // Editors save in several steps (temporary file, rename): let the burst end.
                    try await Task.sleep(for: .milliseconds(15))
                    _ = drain()
                    return
                }
                try await Task.sleep(for: .milliseconds(10))
            }
        }
        #endif
        try await Task.sleep(for: interval)
    }

    #if os(Linux)
    private func watchTree(_ path: String) {
        guard !watched.contains(path) else { return }
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF)
        guard inotify_add_watch(descriptor, path, mask) >= 0 else { return }
        watched.insert(path)
        for name in FastFiles.entries(of: path) where FastFiles.isFolder(path + "/" + name) {
            watchTree(path + "/" + name)
        }
    }

    /// Reads every pending event; true when there was any. New folders are watched too.
    private func drain() -> Bool {
        var any = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            any = true
        }
        if any { for folder in folders { watchTree(folder.path) } }
        return any
    }
    #endif
}
