import Foundation
import MonographKit

/// Keeps the search index of the served site up to date: after each build, the indexer runs again over
/// that build's search documents, on a thread of its own and at low priority, so that it never delays
/// the pages or the reload. Builds that finish while it runs are indexed together by one more run, over
/// the documents of the last of them.
final class SearchRefresher: @unchecked Sendable {
    let indexer: SearchIndexer
    /// The served folder, whose `pagefind/` receives the index.
    let folder: URL
    /// Where the documents are written while the indexer reads them: beside the served folder, never in it.
    let scratch: URL
    /// Called after each run with its failure, if any (the server's log).
    let onFailure: @Sendable (Error) -> Void
    private let lock = NSLock()
    private var running = false
    /// The documents of the last build not yet indexed.
    private var pending: SearchDocuments?
    private var stopped = false
    /// The run under way.
    private var run: SearchIndexer.Run?
    /// How many runs started and finished, for tests.
    private var started = 0
    private var finished = 0

    init(indexer: SearchIndexer, folder: URL, onFailure: @escaping @Sendable (Error) -> Void = { _ in }) {
        self.indexer = indexer
        self.folder = folder
        let pid = ProcessInfo.processInfo.processIdentifier
        scratch = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).recherche-\(pid)")
        self.onFailure = onFailure
    }

    /// Asks for the index of `documents` (the last build's): at once if no run is under way, after it
    /// otherwise.
    func refresh(_ documents: SearchDocuments) {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        guard !running else {
            pending = documents
            return
        }
        running = true
        Thread.detachNewThread { self.loop(documents) }
    }

    /// Stops the run under way, if any, and every run to come: the server is closing.
    func stop() {
        lock.lock()
        stopped = true
        pending = nil
        let current = run
        lock.unlock()
        current?.end()
    }

    /// The number of runs finished.
    var runs: Int {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    /// The number of indexers started.
    var starts: Int {
        lock.lock()
        defer { lock.unlock() }
        return started
    }

    /// Whether a run is under way or about to start.
    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running
    }

    private func loop(_ first: SearchDocuments) {
        var documents = first
        while true {
            do {
                let current = try indexer.start(documents, in: folder, scratch: scratch, lowPriority: true)
                lock.lock()
                run = current
                started += 1
                let stopped = self.stopped
                lock.unlock()
                if stopped { current.end() }
                try current.finish()
            } catch {
                lock.lock()
                let stopped = self.stopped
                lock.unlock()
                if !stopped { onFailure(error) }
            }
            lock.lock()
            run = nil
            finished += 1
            guard let next = pending, !stopped else {
                running = false
                lock.unlock()
                return
            }
            pending = nil
            lock.unlock()
            documents = next
        }
    }
}
