import Foundation

/// Pagefind, the static search engine that indexes a built site into its `pagefind/` folder (FORMAT §8).
///
/// The indexer is an outside program (`pagefind-bin` from PyPI, installed by `make`); `locate` finds it,
/// and `index` runs it over a folder of built pages. Only the pages that mark their main content with
/// `data-pagefind-body` are indexed, with the filters their `data-pagefind-filter` elements give.
public struct SearchIndexer: Sendable {
    /// The program's path.
    public let executable: URL

    /// An indexer that runs the program at `executable`.
    public init(executable: URL) {
        self.executable = executable
    }

    /// Whether the site will have a search index, and if not, why: shown on the search page and said by
    /// the build.
    public enum Status: Equatable, Sendable {
        case indexed
        /// The index is not made; the reason, in French, ends without a full stop.
        case unavailable(String)
    }

    /// Why no indexer was found, in French (said by `build` and shown on the search page).
    public static let missingReason =
        "Pagefind, le programme qui construit l’index de recherche, est introuvable sur cette machine : "
        + "lancez « make » (qui l’installe dans .venv-search/), ou indiquez son chemin avec --pagefind "
        + "ou la variable d’environnement MONOGRAPH_PAGEFIND"

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

    /// The folders of the pages indexed (those that mark their main content with `data-pagefind-body`):
    /// the indexer reads no other page.
    static let indexedFolders = ["reseaux", "livret", "synthese", "referentiel"]

    /// Indexes the pages of `folder` into `folder/pagefind/`, replacing the index there. Throws the
    /// program's failure, or the error of launching it. With `lowPriority`, the indexer yields the
    /// processors to any other work (`nice`), as `serve` refreshes the index while edits are rebuilt.
    /// `started` receives the running program, for whoever may have to stop it.
    public func index(folder: URL, lowPriority: Bool = false, started: (Process) -> Void = { _ in }) throws {
        let process = Process()
        // French stemming comes from each page's `<html lang="fr">`; `--silent` keeps only errors.
        let pages = "{" + Self.indexedFolders.joined(separator: ",") + "}/**/*.html"
        let arguments = ["--site", folder.path, "--glob", pages, "--silent"]
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
        try process.run()
        started(process)
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let text = String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(status: process.terminationStatus, output: String(text.prefix(2_000)))
        }
    }
}
