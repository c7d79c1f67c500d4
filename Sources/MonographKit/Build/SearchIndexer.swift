import Foundation
import MonographCore
import MonographRendering
import MonographViews
import Synchronization

/// Pagefind, the static search engine that indexes a built site into its `pagefind/` folder (FORMAT §8).
///
/// The indexer is an outside program (`pagefind-bin` from PyPI, installed by `make`); `locate` finds it.
/// `start` runs it over the search documents of a site (`SearchDocument`: each indexed page's main content
/// marked `data-pagefind-body`, with the filters its `data-pagefind-filter` elements give), while `build`
/// renders the pages, or after each build of `serve`.
public struct SearchIndexer: Sendable {
    /// The program's path.
    public let executable: URL

    /// An indexer that runs the program at `executable`.
    public init(executable: URL) {
        self.executable = executable
    }

    /// The indexer to use, in this order: `explicit` (a command-line option), the environment variable
    /// `MONOGRAPH_PAGEFIND`, the one `make` installs under the project root (`.venv-search/bin/pagefind`),
    /// then `pagefind` on the `PATH`. Nil when none is an executable file.
    public static func locate(explicit: String?, projectRoot: URL, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> SearchIndexer?
    {
        let fm = FileManager.default
        func executable(_ path: String) -> SearchIndexer? {
            let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : projectRoot.appendingPathComponent(path)).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                fm.isExecutableFile(atPath: url.path)
            else { return nil }
            return SearchIndexer(executable: url)
        }
        if let explicit { return executable(explicit) }
        if let path = environment["MONOGRAPH_PAGEFIND"], !path.isEmpty { return executable(path) }
        if let local = executable(".venv-search/bin/pagefind") { return local }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            if let found = executable(folder + "/pagefind") { return found }
        }
        return nil
    }

    /// A failure of the indexer: its exit status and what it printed.
    public struct Failure: Error, CustomStringConvertible {
        /// The exit status (or the signal that ended it).
        public let status: Int32
        /// What the program printed, cut at 2,000 characters.
        public let output: String

        /// The failure, in French.
        public var description: String {
            "Pagefind a échoué (code \(status))" + (output.isEmpty ? "" : " : " + output)
        }
    }

    /// The folder, inside the staged output, that holds the search documents while the indexer reads them.
    static let documentsFolder = ".documents-de-recherche"

    /// An indexing under way (`start`): the indexer reads the search documents, while the pages are
    /// rendered (`build`) or served (`serve`). `finish` waits for it; `cancel` ends it and waits.
    /// Either removes the documents. `end` may be called from any thread.
    package final class Run: Sendable {
        private let process: Process
        private let output: Pipe
        private let documents: String
        /// Whether `finish` or `cancel` was called.
        private let done = Mutex(false)

        fileprivate init(process: Process, output: Pipe, documents: String) {
            self.process = process
            self.output = output
            self.documents = documents
        }

        /// Waits for the indexer; throws its failure.
        package func finish() throws {
            done.withLock { $0 = true }
            let printed = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            FastFiles.removeTree(documents)
            try SearchIndexer.check(process, printed: printed)
        }

        /// Ends the indexer at once, from any thread; whoever waits in `finish` then gets its failure.
        /// It is killed: it may have inherited a server's choice to ignore SIGTERM and SIGINT.
        package func end() {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }

        /// Ends the indexer, if `finish` was not called: the build failed meanwhile.
        func cancel() {
            guard
                done.withLock({ done in
                    defer { done = true }
                    return !done
                })
            else { return }
            end()
            process.waitUntilExit()
            FastFiles.removeTree(documents)
        }

        deinit { cancel() }
    }

    /// Writes the search documents of `documents` on every core, then starts the indexer over them,
    /// writing its index into `folder/pagefind/`; the caller then calls `finish`. The documents go into
    /// `folder/.documents-de-recherche/` (the staged output of a build, removed before the swap), or into
    /// `scratch` when given (`serve`, whose output folder is served), side by side (`SearchDocument.file`).
    /// With `lowPriority`, the indexer yields the processors to any other work (`nice`), as `serve`
    /// refreshes the index while edits are rebuilt.
    package func start(_ documents: SearchDocuments, in folder: URL, scratch: URL? = nil, lowPriority: Bool = false) throws -> Run {
        let root = scratch?.path ?? folder.path + "/" + Self.documentsFolder
        FastFiles.removeTree(root)
        try FastFiles.makeDirectories(root)
        let count = documents.count
        let chunks = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let failures = Parallel.map(Array(0..<chunks)) { chunk -> Error? in
            do {
                for index in stride(from: chunk, to: count, by: chunks) {
                    let document = documents.document(index)
                    try FastFiles.Folder.writeConcurrently(.text(document.html), to: document.file, under: root)
                }
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            FastFiles.removeTree(root)
            throw failure
        }
        let process = Process()
        // French stemming comes from each document's `<html lang="fr">`; `--silent` keeps only errors.
        let arguments = ["--site", root, "--output-path", folder.path + "/pagefind", "--silent"]
        let nice = "/usr/bin/nice"
        if lowPriority, FileManager.default.isExecutableFile(atPath: nice) {
            process.executableURL = URL(fileURLWithPath: nice)
            process.arguments = ["-n", "19", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            FastFiles.removeTree(root)
            throw error
        }
        return Run(process: process, output: output, documents: root)
    }

    /// Throws `process`'s failure, if it ended in one, with what it `printed`.
    fileprivate static func check(_ process: Process, printed: Data) throws {
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let text = String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(status: process.terminationStatus, output: String(text.prefix(2_000)))
        }
    }
}
