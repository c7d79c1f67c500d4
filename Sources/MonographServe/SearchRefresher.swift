import Foundation
import MonographKit

/// Keeps the search index of the served site up to date: after each build, the indexer runs again over
/// the output folder, on a thread of its own and at low priority, so that it never delays the pages or
/// the reload. Builds that finish while it runs are indexed together by one more run.
final class SearchRefresher: @unchecked Sendable {
    let indexer: SearchIndexer
    let folder: URL
    /// Called after each run with its failure, if any (the server's log).
    let onFailure: @Sendable (Error) -> Void
    private let lock = NSLock()
    private var running = false
    private var pending = false
    private var stopped = false
    /// The indexer's process while it runs.
    private var process: Process?
    /// How many runs finished, for tests.
    private var finished = 0

    init(indexer: SearchIndexer, folder: URL, onFailure: @escaping @Sendable (Error) -> Void = { _ in }) {
        self.indexer = indexer
        self.folder = folder
        self.onFailure = onFailure
    }

    /// Asks for the index to be refreshed: at once if no run is under way, after it otherwise.
    func refresh() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        guard !running else {
            pending = true
            return
        }
        running = true
        Thread.detachNewThread { self.loop() }
    }

    /// Stops the run under way, if any, and every run to come: the server is closing.
    func stop() {
        lock.lock()
        stopped = true
        pending = false
        let running = process
        lock.unlock()
        running.map(Self.end)
    }

    /// Ends the indexer at once. It may have inherited the server's choice to ignore SIGTERM and
    /// SIGINT (those end the server), so it is killed: its index is left unfinished, but the server
    /// is closing.
    private static func end(_ process: Process) {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// The number of runs finished.
    var runs: Int {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    private func loop() {
        while true {
            do {
                try indexer.index(folder: folder, lowPriority: true) { process in
                    lock.lock()
                    self.process = process
                    let stopped = self.stopped
                    lock.unlock()
                    if stopped { Self.end(process) }
                }
            } catch {
                lock.lock()
                let stopped = self.stopped
                lock.unlock()
                if !stopped { onFailure(error) }
            }
            lock.lock()
            process = nil
            finished += 1
            guard pending, !stopped else {
                running = false
                lock.unlock()
                return
            }
            pending = false
            lock.unlock()
        }
    }
}
