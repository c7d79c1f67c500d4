import FlyingFox
import Foundation
import MonographCore
import MonographKit
import MonographRendering
import MonographViews
import Synchronization

/// `monograph serve`: builds the site, serves the output folder on 127.0.0.1, rebuilds on every change
/// under the content and template folders, and tells open pages to reload.
///
/// On a content error the last good site stays served, with the diagnostics shown over every page until
/// the files are fixed. The reload script and the error panel exist only in served responses, never in
/// the files that `build` writes.
package final class PreviewServer: Sendable {
    package let builder: SiteBuilder
    package let projectRoot: URL
    let state = PreviewState()
    let incremental = IncrementalState()
    let server: HTTPServer
    /// How often the folders are scanned for changes.
    let interval: Duration
    /// The search index, refreshed after each good build (none without an indexer).
    let search: SearchRefresher?

    package init(builder: SiteBuilder, projectRoot: URL, port: UInt16, interval: Duration = .milliseconds(250)) throws {
        self.builder = builder
        self.projectRoot = projectRoot
        self.interval = interval
        search = builder.indexer.map { indexer in
            SearchRefresher(indexer: indexer, folder: builder.output) { error in
                FileHandle.standardError.write(Data("index de recherche non mis à jour : \(error)\n".utf8))
            }
        }
        server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), timeout: 30, logger: .disabled)
    }

    /// The port the server listens on, once it does (useful with port 0).
    package func listeningPort() async throws -> UInt16? {
        // It listens once the first build is done, which takes seconds at thousands of monographs.
        while await state.version == 0 { try await Task.sleep(for: .milliseconds(20)) }
        try await server.waitUntilListening()
        if case .ip4(_, let port) = await server.listeningAddress { return port }
        if case .ip6(_, let port) = await server.listeningAddress { return port }
        return nil
    }

    /// The current build number and diagnostics, for tests and the command line.
    package func status() async -> (version: Int, diagnostics: [Diagnostic]) {
        (await state.version, await state.diagnostics)
    }

    /// Builds once, then serves and watches until the task is cancelled.
    package func run(onBuild: @escaping @Sendable (Int, [Diagnostic]) -> Void = { _, _ in }) async throws {
        let fingerprint = FolderFingerprint(folders: [builder.content, builder.templates])
        let initial = fingerprint.current()
        // Watching from before the first build, which takes a minute at 20,000 monographs: a file saved
        // meanwhile is rebuilt once it is done.
        let watcher = ChangeWatcher(folders: [builder.content, builder.templates], interval: interval)
        let firstDiagnostics = rebuild().0
        if firstDiagnostics.isEmpty, let documents = incremental.searchDocuments { search?.refresh(documents) }
        await state.finish(diagnostics: firstDiagnostics)
        onBuild(await state.version, firstDiagnostics)

        let reload = ReloadHub()
        await state.setHub(reload)
        await server.appendRoute("GET /__monograph/rechargement", to: .webSocket(ReloadMessages(hub: reload, state: state)))
        await server.appendRoute("GET,HEAD /*", to: StaticHandler(output: builder.output, state: state))

        // Each change the watcher hears of asks for a build; asked again while one runs, one more follows.
        let (builds, askBuild) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.server.run() }
            group.addTask {
                var last = initial
                while !Task.isCancelled {
                    // A change the system reported is rebuilt at once; after a mere interval, only if
                    // the folders differ (sizes, dates and inodes of every file).
                    let change = try await watcher.next()
                    if change == .interval {
                        let now = fingerprint.current()
                        guard now != last else { continue }
                        last = now
                    }
                    // An edited monograph's page is written and shown at once, even while a build runs.
                    if case .reported(let paths?) = change, let written = await self.writeEdited(paths),
                        let pages = Self.pages(written), let number = await self.state.nextReload(changed: pages)
                    {
                        await reload.broadcast(number, pages: pages)
                    }
                    askBuild.yield()
                }
            }
            group.addTask {
                for await _ in builds {
                    guard !Task.isCancelled else { return }
                    await self.build(announcingTo: reload, onBuild: onBuild)
                }
            }
            // The index is no longer refreshed once the server stops, and a run under way is ended.
            defer { search?.stop() }
            try await group.next()
            group.cancelAll()
            askBuild.finish()
        }
    }

    /// Rebuilds after a change and tells open pages what changed.
    private func build(announcingTo reload: ReloadHub, onBuild: @escaping @Sendable (Int, [Diagnostic]) -> Void) async {
        let hadErrors = await !state.diagnostics.isEmpty
        // The pages of the monographs are shown as soon as they are written; the pages built from the
        // whole site follow, then the data files (see `SiteBuilder.rebuild`).
        let earlySteps = EarlySteps()
        let (diagnostics, changed) = await Self.onItsOwnThread {
            self.rebuild { paths in
                // A change that every page shows (a template, the stylesheet) is announced once, at the
                // end, rather than before the site-wide pages are redone.
                guard !earlySteps.reloadsAll else { return }
                guard let pages = Self.pages(paths) else {
                    earlySteps.reloadAll()
                    return
                }
                earlySteps.then {
                    guard let number = await self.state.nextReload(changed: pages) else { return }
                    await reload.broadcast(number, pages: pages)
                }
            }
        }
        await earlySteps.task?.value
        // The index follows the pages, never before them.
        if diagnostics.isEmpty, let documents = incremental.searchDocuments { search?.refresh(documents) }
        await state.finish(diagnostics: diagnostics)
        if hadErrors || !diagnostics.isEmpty || earlySteps.reloadsAll {
            // The error panel appears or goes away on every page, or every page changed.
            await reload.broadcast(await state.forceReload(), pages: nil)
        } else if let number = await state.nextReload(changed: changed) {
            await reload.broadcast(number, pages: Self.pages(changed))
        }
        onBuild(await state.version, diagnostics)
    }

    /// Writes the files of the monographs `changed` names, when they alone changed
    /// (`SiteBuilder.writeEditedMonographs`), on a thread of its own; returns the paths written.
    private func writeEdited(_ changed: Set<String>) async -> [String]? {
        // A write that fails is left to the build that follows, which says why.
        await Self.onItsOwnThread { try? self.builder.writeEditedMonographs(changed, projectRoot: self.projectRoot, state: self.incremental) }
    }

    /// `work`'s result, worked out on a thread of its own: the threads of Swift's concurrency keep
    /// answering requests meanwhile (there may be only two of them).
    private static func onItsOwnThread<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }

    package func stop() async {
        await server.stop(timeout: 1)
    }

    /// Builds into the output folder; returns the diagnostics (empty on success) and the paths that the
    /// last step of the build changed or removed.
    private func rebuild(earlyStep: (([String]) -> Void)? = nil) -> ([Diagnostic], [String]) {
        do {
            let changed = try builder.rebuild(projectRoot: projectRoot, state: incremental, earlyStep: earlyStep)
            return ([], changed)
        } catch let errors as ContentErrors {
            return (errors.diagnostics, [])
        } catch {
            return ([Diagnostic(file: builder.output.path, message: "écriture impossible : \(error)")], [])
        }
    }

    /// What the reload message names: the HTML pages that changed, or every page (nil) when a shared
    /// file (stylesheet, icon) changed or the list would be long.
    static func pages(_ paths: [String]) -> [String]? {
        if paths.contains(where: { $0.hasPrefix("assets/") }) { return nil }
        let pages = paths.filter { $0.hasSuffix(".html") }
        return pages.count > 200 ? nil : pages
    }
}

/// What the server knows of the last build.
actor PreviewState {
    /// The number of builds finished.
    private(set) var version = 0
    /// The number of the last change shown to open pages: served pages carry it, reload messages bring
    /// the new one.
    private(set) var reloadNumber = 0
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var hub: ReloadHub?

    func finish(diagnostics: [Diagnostic]) {
        version += 1
        self.diagnostics = diagnostics
    }

    /// A new reload number when something changed, nil otherwise.
    func nextReload(changed: [String]) -> Int? {
        guard !changed.isEmpty else { return nil }
        reloadNumber += 1
        return reloadNumber
    }

    func forceReload() -> Int {
        reloadNumber += 1
        return reloadNumber
    }

    func setHub(_ hub: ReloadHub) {
        self.hub = hub
    }
}

/// The open pages waiting for a reload, each a stream of build numbers.
actor ReloadHub {
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]

    func add(_ continuation: AsyncStream<WSMessage>.Continuation) -> UUID {
        let id = UUID()
        clients[id] = continuation
        return id
    }

    func remove(_ id: UUID) {
        clients[id] = nil
    }

    /// Sends the new reload number, with the pages that changed (nil: all of them). An open page
    /// reloads when it is among them; others only take the new number.
    func broadcast(_ number: Int, pages: [String]?) {
        let message = ([String(number)] + (pages ?? ["*"])).joined(separator: " ")
        for continuation in clients.values { continuation.yield(.text(message)) }
    }
}

/// The WebSocket of the reload script: sends the current build number, then each new one.
struct ReloadMessages: WSMessageHandler {
    let hub: ReloadHub
    let state: PreviewState

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let id = await hub.add(continuation)
        continuation.yield(.text(String(await state.reloadNumber)))
        let hub = self.hub
        Task {
            for await _ in client {}
            await hub.remove(id)
            continuation.finish()
        }
        return stream
    }
}

/// A change detector: path, size, modification time and inode of every file under some folders,
/// read with plain `readdir` and `lstat` (a scan of a few thousand files takes a few milliseconds).
struct FolderFingerprint: Sendable {
    let folders: [URL]

    func current() -> [String: String] {
        var result: [String: String] = [:]
        for folder in folders { scan(folder.path, into: &result) }
        return result
    }

    private func scan(_ path: String, into result: inout [String: String]) {
        for name in FastFiles.entries(of: path) {
            let full = path + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                scan(full, into: &result)
            } else {
                result[full] = "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
            }
        }
    }
}

/// The reloads of the early steps of a build, one after the other, awaited before the build is
/// announced as finished.
private final class EarlySteps: Sendable {
    private struct State {
        var task: Task<Void, Never>?
        var reloadsAll = false
    }

    private let state = Mutex(State())

    /// The last step's reload, which waits for the one before.
    var task: Task<Void, Never>? { state.withLock { $0.task } }
    /// An early step changed something every page shows: all pages reload once the build is done.
    var reloadsAll: Bool { state.withLock { $0.reloadsAll } }

    func reloadAll() { state.withLock { $0.reloadsAll = true } }

    /// Runs `step` after the steps before it.
    func then(_ step: @escaping @Sendable () async -> Void) {
        state.withLock { state in
            let previous = state.task
            state.task = Task {
                await previous?.value
                await step()
            }
        }
    }
}
