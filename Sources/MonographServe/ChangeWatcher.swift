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

    /// Returns once something may have changed (a burst of events counts as one): true when the
    /// system reported a change, false after a mere interval (the caller then compares the folders).
    @discardableResult
    func next() async throws -> Bool {
        #if os(Linux)
            if descriptor >= 0 {
                while true {
                    try Task.checkCancellation()
                    if drain() {
                        // Editors save in several steps (temporary file, rename): let the burst end.
                        try await Task.sleep(for: .milliseconds(15))
                        _ = drain()
                        return true
                    }
                    await waitForEvents()
                }
            }
        #endif
        try await Task.sleep(for: interval)
        return false
    }

    #if os(Linux)
        /// Watches `path` and every folder under it. Watching a folder already watched changes nothing,
        /// so the tree can be walked again whenever a folder appears (a folder removed and made again is a
        /// new folder to the system, watched anew).
        private func watchTree(_ path: String) {
            let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF)
            guard inotify_add_watch(descriptor, path, mask) >= 0 else { return }
            for name in FastFiles.entries(of: path) where FastFiles.isFolder(path + "/" + name) {
                watchTree(path + "/" + name)
            }
        }

        /// Returns when events are waiting, or after a quarter of a second (so that a cancelled watch
        /// ends): a thread of its own waits in `poll`, the threads of Swift's concurrency never block.
        private func waitForEvents() async {
            let descriptor = descriptor
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                Thread.detachNewThread {
                    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&request, 1, 250)
                    continuation.resume()
                }
            }
        }

        /// Reads every pending event; true when there was any. A new folder is watched too (the whole tree
        /// is walked again only when a folder appeared, or when events were lost).
        private func drain() -> Bool {
            var any = false
            var newFolder = false
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                any = true
                // Each event: descriptor, mask, cookie, name length (4 bytes each), then the name.
                var offset = 0
                while offset + 16 <= count {
                    let field = { (at: Int) in buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + at, as: UInt32.self) } }
                    let mask = field(4)
                    if mask & UInt32(IN_Q_OVERFLOW) != 0
                        || (mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0)
                    {
                        newFolder = true
                    }
                    offset += 16 + Int(field(12))
                }
            }
            if newFolder { for folder in folders { watchTree(folder.path) } }
            return any
        }
    #endif
}
