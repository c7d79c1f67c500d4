import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews
import Synchronization

/// Keeps the search index of the served site up to date: after each build, the indexer runs again over
/// that build's search documents, on a thread of its own and at low priority, so that it never delays
/// the pages or the reload. Builds that finish while it runs are indexed together by one more run, over
/// the documents of the last of them.
final class SearchRefresher: Sendable {
    let indexer: SearchIndexer
    /// The served folder, whose `pagefind/` receives the index.
    let folder: URL
    /// Where the documents are written while the indexer reads them: beside the served folder, never in it.
    let scratch: URL
    /// Called after each run with its failure, if any (the server's log).
    let onFailure: @Sendable (Error) -> Void
    private struct State {
        var running = false
        /// The documents of the last build not yet indexed.
        var pending: SearchDocuments?
        var stopped = false
        /// The run under way.
        var run: SearchIndexer.Run?
        /// How many runs started and finished, for tests.
        var started = 0
        var finished = 0
    }

    private let state = Mutex(State())

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
        let starts = state.withLock { state -> Bool in
            guard !state.stopped else { return false }
            guard !state.running else {
                state.pending = documents
                return false
            }
            state.running = true
            return true
        }
        if starts { Thread.detachNewThread { self.loop(documents) } }
    }

    /// Stops the run under way, if any, and every run to come: the server is closing.
    func stop() {
        let current = state.withLock { state in
            state.stopped = true
            state.pending = nil
            return state.run
        }
        current?.end()
    }

    /// The number of runs finished.
    var runs: Int { state.withLock { $0.finished } }

    /// The number of indexers started.
    var starts: Int { state.withLock { $0.started } }

    /// Whether a run is under way or about to start.
    var isBusy: Bool { state.withLock { $0.running } }

    private func loop(_ first: SearchDocuments) {
        var documents = first
        while true {
            do {
                let current = try indexer.start(documents, in: folder, scratch: scratch, lowPriority: true)
                let stopped = state.withLock { state in
                    state.run = current
                    state.started += 1
                    return state.stopped
                }
                if stopped { current.end() }
                try current.finish()
            } catch {
                if !state.withLock({ $0.stopped }) { onFailure(error) }
            }
            let next = state.withLock { state -> SearchDocuments? in
                state.run = nil
                state.finished += 1
                guard let next = state.pending, !state.stopped else {
                    state.running = false
                    return nil
                }
                state.pending = nil
                return next
            }
            guard let next else { return }
            documents = next
        }
    }
}
