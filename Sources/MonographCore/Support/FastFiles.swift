import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// File operations on plain POSIX calls: for thousands of small files they are several times faster
/// than FileManager, whose every call re-checks attributes.
package enum FastFiles {
    package struct Failure: Error, CustomStringConvertible {
        package let description: String

        package init(description: String) {
            self.description = description
        }
    }

    /// Writes files under a root folder, each creating the folders it lacks (`withNewFile`).
    package struct Folder {
        package let root: String

        package init(root: String) {
            self.root = root
        }

        package func write(_ data: Data, to relative: String) throws {
            let path = root + "/" + relative
            try data.withUnsafeBytes { bytes in try FastFiles.withNewFile(path) { try FastFiles.write(bytes, to: $0, path: path) } }
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

    package enum ReadFailure: Error {
        case unreadable
        case tooLarge(Int)
    }

    /// The bytes of the file at `path`, refused when larger than `limit` (checked before reading).
    package static func read(_ path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable) }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(size)) }
        // Read straight into the array's storage, never filled with zeros first; a file that shrank
        // while being read is taken as it was read.
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var total = 0
            while total < size {
                let count = Glibc.read(fd, buffer.baseAddress! + total, size - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    break
                }
                if count == 0 { break }
                total += count
            }
            initialized = failed ? 0 : total
        }
        return failed ? .failure(.unreadable) : .success(bytes)
    }

    /// The files (and other entries that are not folders) and the folders under `root`, as paths
    /// relative to it, folders after what they hold; symbolic links are not followed.
    package static func walk(_ root: String) -> (files: [String], folders: [String]) {
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
    package static func makeDirectories(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(description: "impossible de créer le dossier « \(path) » (\(String(cString: strerror(errno))))") }
        // Cut at the last slash, on the bytes, without going through NSString.
        let parent = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
        guard !parent.isEmpty, parent != path else { throw Failure(description: "impossible de créer le dossier « \(path) »") }
        try makeDirectories(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Failure(description: "impossible de créer le dossier « \(path) » (\(String(cString: strerror(errno))))")
        }
    }

    /// Creates (or empties) the file at `path` and hands its descriptor to `body`, closing it after.
    /// Its missing folders are created, once the file could not be: most files land in a folder made
    /// already, which a `mkdir` first would lock for nothing.
    package static func withNewFile(_ path: String, _ body: (Int32) throws -> Void) throws {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC
        var fd = open(path, flags, 0o644)
        if fd < 0, errno == ENOENT, let slash = path.utf8.lastIndex(of: 0x2F) {
            try makeDirectories(String(path[..<slash]))
            fd = open(path, flags, 0o644)
        }
        guard fd >= 0 else { throw Failure(description: "impossible d'écrire « \(path) » (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        try body(fd)
    }

    /// Writes all of `buffer` to an open file.
    package static func write(_ buffer: UnsafeRawBufferPointer, to fd: Int32, path: String) throws {
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
    package static func removeTree(_ path: String) {
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
