import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews

#if canImport(Glibc)
    import Glibc
#endif

/// Waits for changes under some folders. On Linux, inotify wakes the server as soon as a file is
/// saved, at no cost while nothing changes: one thread of its own sleeps in `poll` until the system
/// has events, hands them on, and sleeps again once they are read. Elsewhere, or when inotify is
/// unavailable, the folders are scanned at an interval.
final class ChangeWatcher: Sendable {
    private let folders: [URL]
    private let interval: Duration
    /// The inotify descriptor, -1 without one.
    private let descriptor: Int32
    /// One element each time events are waiting; the watching thread then waits for `consumed` before it
    /// polls again.
    private let ready: AsyncStream<Void>
    private let consumed = DispatchSemaphore(value: 0)
    /// Written to when the watcher goes, so that its thread ends.
    private let stop: Int32

    init(folders: [URL], interval: Duration) {
        self.folders = folders
        self.interval = interval
        let (ready, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.ready = ready
        #if os(Linux)
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            var ends: [Int32] = [-1, -1]
            if descriptor >= 0 && pipe(&ends) == 0 {
                stop = ends[1]
                for folder in folders { Self.watchTree(folder.path, descriptor) }
                Self.watch(descriptor, stop: ends[0], continuation, consumed)
            } else {
                if descriptor >= 0 { close(descriptor) }
                stop = -1
                continuation.finish()
            }
        #else
            descriptor = -1
            stop = -1
            continuation.finish()
        #endif
    }

    deinit {
        // The thread ends on its own and closes what it polls.
        if stop >= 0 {
            _ = write(stop, "x", 1)
            close(stop)
        }
        consumed.signal()
    }

    /// Returns once something may have changed (a burst of events counts as one): true when the
    /// system reported a change, false after a mere interval (the caller then compares the folders).
    @discardableResult
    func next() async throws -> Bool {
        #if os(Linux)
            if stop >= 0 {
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
        private static func watchTree(_ path: String, _ descriptor: Int32) {
            let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF)
            guard inotify_add_watch(descriptor, path, mask) >= 0 else { return }
            for name in FastFiles.entries(of: path) where FastFiles.isFolder(path + "/" + name) {
                watchTree(path + "/" + name, descriptor)
            }
        }

        /// The watching thread: sleeps in `poll` until events wait (or the watcher goes), says so, and
        /// waits for them to be read before polling again.
        private static func watch(_ descriptor: Int32, stop: Int32, _ continuation: AsyncStream<Void>.Continuation, _ consumed: DispatchSemaphore) {
            Thread.detachNewThread {
                var requests = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: stop, events: Int16(POLLIN), revents: 0)]
                while true {
                    if poll(&requests, 2, -1) < 0 {
                        if errno == EINTR { continue }
                        break
                    }
                    if requests[1].revents != 0 { break }
                    if requests[0].revents != 0 {
                        continuation.yield()
                        consumed.wait()
                    }
                }
                continuation.finish()
                close(stop)
                close(descriptor)
            }
        }

        /// Returns when events are waiting (at once if some were already announced), or when the
        /// watching task is cancelled.
        private func waitForEvents() async {
            var iterator = ready.makeAsyncIterator()
            if await iterator.next() != nil { consumed.signal() }
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
            if newFolder { for folder in folders { Self.watchTree(folder.path, descriptor) } }
            return any
        }
    #endif
}
