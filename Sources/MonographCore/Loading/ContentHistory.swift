import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What git knows of the content folder (FORMAT §9): for each file, the commits that changed it, newest
/// first. Read with one `git log` for the whole folder, so that it costs the same one process at two
/// thousand monographs as at seven.
///
/// A folder outside a git work tree, a machine without git, or a file never committed has no history,
/// and nothing is said about it: the dates are then simply absent. A file changed since its last commit
/// keeps that commit's date: the date of a published version, not of a draft.
package struct ContentHistory: Sendable, Equatable {
    /// One commit, as the history shows it.
    package struct Commit: Sendable, Equatable, Hashable {
        package var hash: String
        /// The committer's date, `AAAA-MM-JJ`.
        package var date: String
        /// The committer's date and time, RFC 3339.
        package var time: String
        /// Its place in the history, 0 for the newest commit: orders the commits of one day.
        package var order: Int
        /// The first line of its message.
        package var subject: String
    }

    /// The commits that changed each file, by path relative to the content folder, newest first.
    package var commits: [String: [Commit]] = [:]
    /// The id of each of those versions of each file, in the same order (zeros for a deletion): read
    /// by id, a version costs git no walk through its commit's folders.
    package var blobs: [String: [String]] = [:]

    /// No history: outside git.
    package static let none = ContentHistory()

    /// The date of the last commit that changed `relative`, a path inside the content folder.
    package func lastDate(of relative: String) -> String? {
        commits[relative]?.first?.date
    }

    /// The history of the folder `content`, from one run of `git log`; empty when git cannot tell.
    package static func read(content: URL) -> ContentHistory {
        // Fields separated by control characters, which a subject cannot hold; the changed files follow,
        // each with the id of its new version.
        let arguments = [
            "-C", content.path, "-c", "core.quotePath=false", "-c", "log.showSignature=false", "log", "--no-renames",
            "--format=\u{1e}%H\u{1f}%cd\u{1f}%cI\u{1f}%s", "--date=short", "--raw", "--no-abbrev", "--relative", "--", ".",
        ]
        guard let output = Git.runBytes(arguments) else { return .none }
        return parse(output)
    }

    /// `git log`'s output, as `read` asks for it, cut on its bytes: the separators are ASCII, and only
    /// the fields kept become strings (at two thousand monographs, the output has tens of thousands of
    /// lines, which cutting as characters took tens of milliseconds).
    static func parse(_ output: [UInt8]) -> ContentHistory {
        var history = ContentHistory()
        let record = UInt8(0x1E), field = UInt8(0x1F), newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t")
        let space = UInt8(ascii: " ")
        func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        var commit: Commit?
        var order = 0
        for line in output.split(separator: newline, omittingEmptySubsequences: true) {
            if line.first == record {
                // `<hash> <date> <time> <subject>`, separated by 0x1F.
                let fields = line.dropFirst().split(separator: field, maxSplits: 3, omittingEmptySubsequences: false)
                commit = nil
                guard fields.count == 4 else { continue }
                commit = Commit(
                    hash: string(fields[0]), date: string(fields[1]), time: string(fields[2]), order: order,
                    subject: string(fields[3]))
                order += 1
            } else if let commit, line.first == UInt8(ascii: ":"), let cut = line.firstIndex(of: tab) {
                // `:100644 100644 <old id> <new id> M<tab><path>`.
                let ids = line[..<cut].split(separator: space)
                guard ids.count >= 4 else { continue }
                let file = string(line[(cut + 1)...])
                history.commits[file, default: []].append(commit)
                history.blobs[file, default: []].append(string(ids[3]))
            }
        }
        return history
    }
}

/// The `git` program, run without a shell; its messages are not shown (no git is not an error).
enum Git {
    /// Held while a git is being started.
    private static let spawning = Mutex<Void>(())

    /// Runs `git` with `arguments` and returns what it printed; nil when it is missing or fails.
    static func run(_ arguments: [String], input: [UInt8]? = nil) -> String? {
        runBytes(arguments, input: input).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs `git` with `arguments`, `input` on its standard input, and returns the bytes it printed; nil
    /// when it is missing or fails. Started with `posix_spawnp` and read with `read`: a few milliseconds
    /// where Foundation's `Process` and `FileHandle` take tens, for each of the few calls of a build.
    static func runBytes(_ arguments: [String], input: [UInt8]? = nil) -> [UInt8]? {
        // Plain output whatever the user's settings: no pager, no language of messages.
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_PAGER"] = "cat"
        environment["LC_ALL"] = "C"
        let argv = (["git"] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var output: [Int32] = [-1, -1], feed: [Int32] = [-1, -1]
        var pid = pid_t()
        let started = spawning.withLock { _ -> Bool in
            guard pipe(&output) == 0 else { return false }
            guard input == nil || pipe(&feed) == 0 else {
                close(output[0])
                close(output[1])
                return false
            }
            // The pipes' ends are closed on exec, and made so before any other git starts (the lock):
            // a git started by another thread holding this one's question open would never see its end.
            for fd in output + feed where fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            if input != nil {
                posix_spawn_file_actions_adddup2(&actions, feed[0], 0)
            } else {
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            }
            posix_spawn_file_actions_adddup2(&actions, output[1], 1)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let started = posix_spawnp(&pid, "git", &actions, nil, argv, envp) == 0
            close(output[1])
            if input != nil { close(feed[0]) }
            if !started {
                close(output[0])
                if input != nil { close(feed[1]) }
            }
            return started
        }
        guard started else { return nil }
        defer { close(output[0]) }
        if let input {
            // Written from another thread, so that a large answer cannot block the question.
            let fd = feed[1]
            Thread.detachNewThread {
                input.withUnsafeBytes { buffer in
                    var offset = 0
                    while offset < buffer.count {
                        let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                        if written < 0 && errno == EINTR { continue }
                        if written <= 0 { break }
                        offset += written
                    }
                }
                close(fd)
            }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(output[0], $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Exited, with status 0.
        return (status & 0x7F) == 0 && ((status >> 8) & 0xFF) == 0 ? bytes : nil
    }
}

extension ContentHistory {
    /// The history of `content`, read again only when its repository's HEAD has moved. `serve` loads the
    /// content on every save, and a save without a commit changes no date: the last reading is kept,
    /// which spares a `git log` over the whole folder (tens of milliseconds at two thousand monographs).
    package static func current(content: URL) -> ContentHistory {
        guard let head = Git.head(of: content) else { return read(content: content) }
        let key = content.standardizedFileURL.path
        if let kept = kept.withLock({ $0[key] }), kept.head == head { return kept.history }
        let history = read(content: content)
        kept.withLock { $0[key] = (head, history) }
        return history
    }

    /// The last history read for each content folder, with the HEAD it was read at.
    private static let kept = Mutex<[String: (head: String, history: ContentHistory)]>([:])
}

extension Git {
    /// The files of the folder `content` (paths relative to it) that differ from their last commit,
    /// staged or not; nil when git cannot tell.
    static func editedFiles(in content: URL) -> Set<String>? {
        guard let output = run(["-C", content.path, "diff", "--name-only", "-z", "--no-renames", "--relative", "HEAD", "--", "."]) else {
            return nil
        }
        return Set(output.split(separator: "\u{0}").map(String.init))
    }

    /// The commit HEAD names in the repository holding `folder`, read from the repository's files without
    /// running git: nil when it cannot be told this way (no repository, a linked work tree, a detached
    /// state being written), and the history is then read from git itself.
    package static func head(of folder: URL) -> String? {
        guard let git = directory(of: folder), let head = read(git.appendingPathComponent("HEAD")) else { return nil }
        guard head.hasPrefix("ref: ") else { return head }
        let reference = String(head.dropFirst(5))
        if let commit = read(git.appendingPathComponent(reference)) { return reference + " " + commit }
        // A reference packed by git: `<id> <name>` in packed-refs.
        guard let packed = read(git.appendingPathComponent("packed-refs")) else { return nil }
        for line in packed.split(separator: "\n") where line.hasSuffix(" " + reference) {
            return reference + " " + String(line.prefix { $0 != " " })
        }
        return nil
    }

    /// The `.git` folder of the repository holding `folder`; nil when there is none, or when it is a
    /// file (a linked work tree, a submodule), which is then left to git itself.
    static func directory(of folder: URL) -> URL? {
        var directory = folder.standardizedFileURL
        for _ in 0..<64 {
            let candidate = directory.appendingPathComponent(".git")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) {
                return isDirectory.boolValue ? candidate : nil
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
        return nil
    }

    /// A small file of the repository, trimmed; nil when it cannot be read.
    private static func read(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path), data.count < 1 << 16 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
