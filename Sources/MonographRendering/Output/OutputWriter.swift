import Foundation
import MonographCore
import MonographViews

/// Writes a rendered site as one change: everything the output folder does not already hold goes into a
/// staging folder next to it, and only when every file is made does the output folder take it (a first
/// build renames the staging folder; a later one moves its files in). A build that fails before then
/// leaves the output folder exactly as it was.
package struct OutputWriter: Sendable {
    /// The file that marks a folder as written by the generator, so that it may be replaced.
    package static let marker = ".monograph-sortie"

    package let output: URL

    package init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Why an output folder may not be used: a diagnostic on the folder as a whole.
    package struct Refusal: Error, CustomStringConvertible {
        /// The output folder's path as the file, why as the message.
        package let diagnostic: Diagnostic

        package init(_ output: URL, _ message: String) {
            diagnostic = Diagnostic(file: output.path, message: message)
        }

        /// Why, in French.
        package var description: String { diagnostic.message }
    }

    /// Refuses an output folder that is, contains or lies inside a source folder, that is or contains the
    /// project root, or that is a non-empty folder the generator did not create.
    package func check(sources: [URL], projectRoot: URL) -> Refusal? {
        func real(_ url: URL) -> String { url.standardizedFileURL.resolvingSymlinksInPath().path }
        func isInside(_ a: String, _ b: String) -> Bool { a == b || a.hasPrefix(b == "/" ? "/" : b + "/") }
        let path = real(output)
        for folder in sources + [projectRoot] where isInside(real(folder), path) {
            return Refusal(output, "refus d'écrire dans « \(output.path) » : ce dossier contient « \(folder.path) », qui serait écrasé")
        }
        for folder in sources where isInside(path, real(folder)) {
            return Refusal(output, "refus d'écrire dans « \(output.path) » : il se trouve dans le dossier source « \(folder.path) »")
        }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                return Refusal(output, "« \(output.path) » existe et n'est pas un dossier : refus de l'écraser")
            }
            let entries = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
            if !entries.isEmpty && !entries.contains(Self.marker) {
                return Refusal(
                    output,
                    "« \(output.path) » n'est pas vide et n'a pas été créé par monograph : refus de le remplacer (choisissez un dossier vide ou inexistant)"
                )
            }
        }
        return nil
    }

    /// Writes `files` (relative path → bytes) and swaps them in place of the output folder.
    package func write(_ files: [String: Data]) throws {
        try write { sink in
            for path in files.keys.sorted() { try sink.put(path, files[path]!) }
        }
    }

    /// Calls `produce` with a sink that writes each file into a staging folder next to the output
    /// folder; when `produce` returns, the staging folder takes the output folder's place. If anything
    /// throws, the staging folder is removed and the output folder is left as it was.
    ///
    /// An output folder written by an earlier build is not replaced but brought up to date: the sink
    /// leaves in it the files whose bytes it already holds, stages only the others, and they are then
    /// moved into it, and the files no build makes any more removed. A repeated build thus creates and
    /// deletes only the files that changed, rather than every file of the site (on a file system that
    /// is slow to reuse the space of files just deleted, the largest part of a build), and the files
    /// left alone keep their dates, so that copying the site to its host sends only what changed.
    /// Returns the paths made, in order.
    @discardableResult
    package func write(_ produce: (inout StagingSink) throws -> Void) throws -> [String] {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        try FastFiles.makeDirectories(parent.path)
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).nouveau-\(pid)")
        let old = parent.appendingPathComponent(".\(name).ancien-\(pid)")
        let marker = Data("Dossier écrit par monograph ; il est mis à jour à chaque construction.\n".utf8)
        let updating = FastFiles.isFolder(output.path) && fm.fileExists(atPath: output.appendingPathComponent(Self.marker).path)
        FastFiles.removeTree(staging.path)
        var sink = StagingSink(folder: FastFiles.Folder(root: staging.path), previous: updating ? output.path : nil)
        do {
            try FastFiles.makeDirectories(staging.path)
            try produce(&sink)
            try sink.put(Self.marker, marker)
        } catch {
            FastFiles.removeTree(staging.path)
            throw error
        }
        let written = sink.paths.filter { $0 != Self.marker }
        if updating {
            defer { FastFiles.removeTree(staging.path) }
            try update(from: staging.path, keeping: sink.kept, written: Set(written).subtracting(sink.kept))
        } else if fm.fileExists(atPath: output.path) {
            try fm.moveItem(at: output, to: old)
            do {
                try fm.moveItem(at: staging, to: output)
            } catch {
                try? fm.moveItem(at: old, to: output)
                FastFiles.removeTree(staging.path)
                throw error
            }
            FastFiles.removeTree(old.path)
        } else {
            try fm.moveItem(at: staging, to: output)
        }
        return written
    }

    /// Brings the output folder up to date from a staging folder holding what changed, and `kept`, the
    /// files of the output folder that stay as they are: removes what neither holds, then moves each
    /// staged file into place (one rename each). `written` are the files the sink staged because they
    /// changed; any other staged file the output folder already holds, such as an unchanged file of the
    /// search index, which its indexer writes whole, is left where it is.
    private func update(from staging: String, keeping kept: Set<String>, written: Set<String>) throws {
        let root = output.path
        let staged = FastFiles.walk(staging).files
        let made = kept.union(staged)
        let present = FastFiles.walk(root)
        for file in present.files where !made.contains(file) { unlink(root + "/" + file) }
        // Folders left empty, deepest first: `rmdir` removes only an empty folder. One that holds a file
        // the build made is not tried.
        let holding = Set(made.compactMap { file in file.utf8.lastIndex(of: 0x2F).map { String(file[..<$0]) } })
        for folder in present.folders where !holding.contains(folder) { rmdir(root + "/" + folder) }
        for file in staged.sorted() {
            let source = staging + "/" + file, target = root + "/" + file
            if !written.contains(file), case .success(let bytes) = FastFiles.read(source, limit: 1 << 30),
                FastFiles.holds(.data(Data(bytes)), at: target)
            {
                continue
            }
            if FastFiles.isFolder(target) { FastFiles.removeTree(target) }
            if let slash = target.utf8.lastIndex(of: 0x2F) { try FastFiles.makeDirectories(String(target[..<slash])) }
            guard rename(source, target) == 0 else {
                throw FastFiles.Failure(description: "impossible de mettre « \(target) » en place (\(String(cString: strerror(errno))))")
            }
        }
    }

    /// Updates an output folder that holds `previous` (written by this generator) to hold `files`:
    /// writes only the files that changed and removes those no longer produced. For the preview
    /// server, where rewriting thousands of unchanged pages at each save would be too slow; `write`
    /// stays the atomic path of `build`.
    /// Returns the paths written or removed, sorted.
    @discardableResult
    package func update(_ files: [String: Data], previous: [String: Data]) throws -> [String] {
        try update(files, applying: changes(from: previous, to: files))
    }

    /// What `update` writes and removes.
    package struct Changes: Sendable {
        /// The files whose bytes changed or that are new.
        package var writing: [String]
        /// The files no longer produced.
        package var removing: [String] = []
    }

    /// What brings the output folder from `previous` to `files`; nil when it must be written whole (a
    /// first build, or a folder this generator did not write).
    package func changes(from previous: [String: Data], to files: [String: Data]) -> Changes? {
        guard !previous.isEmpty, FileManager.default.fileExists(atPath: output.appendingPathComponent(Self.marker).path) else { return nil }
        return Changes(writing: Self.differing(files, from: previous), removing: previous.keys.filter { files[$0] == nil })
    }

    /// Writes and removes what `changes` says, the files' bytes taken from `files`; with no changes, writes
    /// the folder whole (`write`). Returns the paths written or removed, sorted.
    package func update(_ files: [String: Data], applying changes: Changes?) throws -> [String] {
        guard let changes else {
            try write(files)
            return files.keys.sorted()
        }
        let folder = FastFiles.Folder(root: output.path)
        for path in changes.writing.sorted() { try folder.write(files[path]!, to: path) }
        for path in changes.removing.sorted() {
            FastFiles.removeTree(output.path + "/" + path)
            removeEmptyFolders(above: path)
        }
        return (changes.writing + changes.removing).sorted()
    }

    /// Writes those of `files` that differ from `previous`, what the output folder holds, and removes
    /// nothing: `files` may be a few of the site's. Returns the paths written, sorted.
    @discardableResult
    package func overwrite(_ files: [String: Data], previous: [String: Data]) throws -> [String] {
        try update(files, applying: Changes(writing: Self.differing(files, from: previous)))
    }

    /// The paths of `files` whose bytes are not those of `previous`. Most are the very bytes of the last
    /// build, recognised without comparing them.
    private static func differing(_ files: [String: Data], from previous: [String: Data]) -> [String] {
        files.keys.filter { !same(previous[$0], files[$0]!) }
    }

    /// Removes the folders of `path` left empty, deepest first, as a full build would not have made them.
    private func removeEmptyFolders(above path: String) {
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            // `rmdir` removes only an empty folder: the first one that is not stops the climb.
            guard rmdir(output.path + "/" + folder) == 0 else { return }
        }
    }

    /// Whether two contents are equal; most unchanged pages are the very bytes kept from the last
    /// build, recognised without comparing megabytes.
    static func same(_ old: Data?, _ new: Data) -> Bool {
        guard let old, old.count == new.count else { return false }
        return old.withUnsafeBytes { a in
            new.withUnsafeBytes { b in
                a.count == 0 || a.baseAddress == b.baseAddress || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
            }
        }
    }
}
