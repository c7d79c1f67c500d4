import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// File operations on plain POSIX calls: for thousands of small files they are several times faster
/// than FileManager, whose every call re-checks attributes.
package enum FastFiles {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes files under a root folder, creating each sub-folder once.
    package struct Folder {
        let root: String
        private var created: Set<String> = []

        init(root: String) {
            self.root = root
            created.insert(root)
        }

        mutating func write(_ data: Data, to relative: String) throws {
            try FastFiles.write(data, to: try prepare(relative))
        }

        mutating func write(text: String, to relative: String) throws {
            let full = try prepare(relative)
            var text = text
            try text.withUTF8 { try FastFiles.write(UnsafeRawBufferPointer($0), to: full) }
        }

        mutating func write(to relative: String, pieces: ((Data) throws -> Void) throws -> Void) throws {
            try FastFiles.write(pieces: pieces, to: try prepare(relative))
        }

        /// Writes one file under `root`, creating its folders; safe to call from several threads at
        /// once for different files (a folder created meanwhile by another thread is simply there).
        static func writeConcurrently(_ content: OutputJob.Content, to relative: String, under root: String) throws {
            let full = root + "/" + relative
            if let slash = full.utf8.lastIndex(of: 0x2F) {
                try FastFiles.makeDirectories(String(full[..<slash]))
            }
            switch content {
            case .data(let data):
                try FastFiles.write(data, to: full)
            case .text(var text):
                try text.withUTF8 { try FastFiles.write(UnsafeRawBufferPointer($0), to: full) }
            case .parts(let parts):
                try FastFiles.withNewFile(full) { fd in
                    for var part in parts { try part.withUTF8 { try FastFiles.write(UnsafeRawBufferPointer($0), to: fd, path: full) } }
                }
            case .pieces(let pieces):
                try FastFiles.write(pieces: pieces, to: full)
            case .list(let list):
                try FastFiles.write(pieces: list.write, to: full)
            }
        }

        private mutating func prepare(_ relative: String) throws -> String {
            let full = root + "/" + relative
            let folder = (full as NSString).deletingLastPathComponent
            if !created.contains(folder) {
                try FastFiles.makeDirectories(folder)
                created.insert(folder)
            }
            return full
        }
    }

    /// The names in a folder, without `.` and `..`; empty when it cannot be read.
    package static func entries(of path: String) -> [String] {
        kinds(of: path).map(\.name)
    }

    /// The names in a folder, without `.` and `..`, each with whether it is a folder (symbolic links
    /// are not followed), as the folder's entries tell where the file system says it; empty when it
    /// cannot be read.
    static func kinds(of path: String) -> [(name: String, isFolder: Bool)] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [(name: String, isFolder: Bool)] = []
        // The name is read in place: a directory entry can be shorter than `dirent`, so copying the
        // whole `d_name` array could read past the end of the buffer readdir returned.
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(dir) {
            let name = String(cString: (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self))
            guard name != "." && name != ".." else { continue }
            let kind = Int32(entry.pointee.d_type)
            names.append((name, kind == Int32(DT_UNKNOWN) ? isFolder(path + "/" + name) : kind == Int32(DT_DIR)))
        }
        return names
    }

    enum ReadFailure: Error {
        case unreadable
        case tooLarge(Int)
    }

    /// The bytes of the file at `path`, refused when larger than `limit` (checked before reading).
    static func read(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable) }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + total, size - total) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if count == 0 { break }
            total += count
        }
        // A file that shrank while being read is taken as it was read.
        if total < size { bytes.removeSubrange(total...) }
        return .success(bytes)
    }

    /// Whether the file at `path` holds exactly `content`: read once, compared piece by piece as the
    /// content is made, and given up at the first difference.
    static func holds(_ content: OutputJob.Content, at path: String) -> Bool {
        guard case .success(let old) = read(path, limit: 1 << 30) else { return false }
        var offset = 0
        func matches(_ piece: UnsafeRawBufferPointer) -> Bool {
            guard piece.count <= old.count - offset else { return false }
            let same = piece.count == 0 || old.withUnsafeBytes { memcmp($0.baseAddress! + offset, piece.baseAddress!, piece.count) == 0 }
            offset += piece.count
            return same
        }
        struct Difference: Error {}
        let same: Bool
        switch content {
        case .data(let data): same = data.withUnsafeBytes(matches)
        case .text(var text): same = text.withUTF8 { matches(UnsafeRawBufferPointer($0)) }
        case .parts(let parts):
            same = parts.allSatisfy {
                var part = $0
                return part.withUTF8 { matches(UnsafeRawBufferPointer($0)) }
            }
        case .pieces(let pieces):
            same = (try? pieces { data in if !data.withUnsafeBytes(matches) { throw Difference() } }) != nil
        case .list(let list):
            same = (try? list.write { data in if !data.withUnsafeBytes(matches) { throw Difference() } }) != nil
        }
        return same && offset == old.count
    }

    /// The files (and other entries that are not folders) and the folders under `root`, as paths
    /// relative to it, folders after what they hold; symbolic links are not followed.
    static func walk(_ root: String) -> (files: [String], folders: [String]) {
        var files: [String] = [], folders: [String] = []
        func visit(_ relative: String) {
            let path = relative.isEmpty ? root : root + "/" + relative
            for (name, isFolder) in kinds(of: path) {
                let child = relative.isEmpty ? name : relative + "/" + name
                if isFolder {
                    visit(child)
                    folders.append(child)
                } else {
                    files.append(child)
                }
            }
        }
        visit("")
        return (files, folders)
    }

    /// Whether `path` is a folder (symbolic links are not followed).
    package static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates `path` and its missing parents.
    static func makeDirectories(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(description: "impossible de créer le dossier « \(path) » (\(String(cString: strerror(errno))))") }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { throw Failure(description: "impossible de créer le dossier « \(path) »") }
        try makeDirectories(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Failure(description: "impossible de créer le dossier « \(path) » (\(String(cString: strerror(errno))))")
        }
    }

    /// Writes `data` to a new file at `path`.
    static func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write($0, to: path) }
    }

    /// Writes bytes to a new file at `path`.
    static func write(_ buffer: UnsafeRawBufferPointer, to path: String) throws {
        try withNewFile(path) { try write(buffer, to: $0, path: path) }
    }

    /// Writes a file given in pieces to a new file at `path`.
    static func write(pieces: ((Data) throws -> Void) throws -> Void, to path: String) throws {
        try withNewFile(path) { fd in try pieces { data in try data.withUnsafeBytes { try write($0, to: fd, path: path) } } }
    }

    /// Creates (or empties) the file at `path` and hands its descriptor to `body`, closing it after.
    static func withNewFile(_ path: String, _ body: (Int32) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "impossible d'écrire « \(path) » (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        try body(fd)
    }

    /// Writes all of `buffer` to an open file.
    static func write(_ buffer: UnsafeRawBufferPointer, to fd: Int32, path: String) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "impossible d'écrire « \(path) » (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
    }

    /// Removes `path` and everything under it, never following symbolic links.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in entries(of: path) { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
