import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Waits for changes under some folders. On Linux, inotify wakes the server as soon as a file is
/// saved, at no cost while nothing changes: one thread of its own sleeps in `poll` until the system
/// has events, hands them on, and sleeps again once they are read. Elsewhere, or when inotify is
/// unavailable, the folders are scanned at an interval.
final class ChangeWatcher: Sendable {
    /// What woke the watcher.
    enum Change: Equatable {
        /// The system reported changes to these files and folders (full paths); nil when it could not
        /// say which (its queue overflowed).
        case reported(Set<String>?)
        /// A mere interval went by: the caller compares the folders.
        case interval
    }

    private let folders: [URL]
    private let interval: Duration
    /// The inotify descriptor, -1 without one.
    private let descriptor: Int32
    /// The folder of each watch, by its inotify number.
    private let watched = Mutex<[Int32: String]>([:])
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
                for folder in folders { watchTree(folder.path) }
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

    /// Returns once something may have changed (a burst of events counts as one).
    func next() async throws -> Change {
        #if os(Linux)
            if stop >= 0 {
                while true {
                    try Task.checkCancellation()
                    var burst = Burst()
                    if drain(into: &burst) {
                        // Editors save in several steps (a temporary file, writes, a rename): the burst
                        // ends once every file written is closed or renamed into place, and nothing
                        // follows for 2 ms; a file still open after 15 ms does not hold the build longer.
                        let deadline = ContinuousClock.now + .milliseconds(15)
                        while ContinuousClock.now < deadline {
                            let settled = burst.open.isEmpty
                            try await Task.sleep(for: .milliseconds(settled ? 2 : 1))
                            if !drain(into: &burst) && settled { break }
                        }
                        return .reported(burst.overflowed ? nil : burst.paths)
                    }
                    await waitForEvents()
                }
            }
        #endif
        try await Task.sleep(for: interval)
        return .interval
    }

    /// The events of one save, or of several saved together.
    struct Burst {
        /// The files and folders named.
        var paths: Set<String> = []
        /// The files written and not yet closed.
        var open: Set<String> = []
        /// Whether the system dropped events: which files changed is then unknown.
        var overflowed = false
    }

    #if os(Linux)
        /// Watches `path` and every folder under it. Watching a folder already watched changes nothing,
        /// so the tree can be walked again whenever a folder appears (a folder removed and made again is a
        /// new folder to the system, watched anew).
        private func watchTree(_ path: String) {
            let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF)
            let number = inotify_add_watch(descriptor, path, mask)
            guard number >= 0 else { return }
            watched.withLock { $0[number] = path }
            for name in FastFiles.entries(of: path) where FastFiles.isFolder(path + "/" + name) {
                watchTree(path + "/" + name)
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

        /// Reads every pending event into `burst`; true when there was any. A new folder is watched too
        /// (the whole tree is walked again only when a folder appeared, or when events were lost).
        private func drain(into burst: inout Burst) -> Bool {
            var any = false
            var newFolder = false
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            let folders = watched.withLock { $0 }
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                any = true
                // Each event: watch number, mask, cookie, name length (4 bytes each), then the name,
                // ended by zeros.
                var offset = 0
                while offset + 16 <= count {
                    let field = { (at: Int) in buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + at, as: UInt32.self) } }
                    let mask = field(4), length = Int(field(12))
                    let name = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 { burst.overflowed = true }
                    if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { newFolder = true }
                    if let folder = folders[Int32(bitPattern: field(0))] {
                        let path = name.isEmpty ? folder : folder + "/" + String(decoding: name, as: UTF8.self)
                        burst.paths.insert(path)
                        if mask & UInt32(IN_ISDIR) == 0 && mask & UInt32(IN_CREATE | IN_MODIFY) != 0 { burst.open.insert(path) }
                        if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE) != 0 { burst.open.remove(path) }
                    }
                    offset += 16 + length
                }
            }
            if newFolder || burst.overflowed { for folder in self.folders { watchTree(folder.path) } }
            return any
        }
    #endif
}
