import Foundation
import MonographCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writing and comparing an output job's content, piece by piece, with the file functions of `FastFiles`.
extension FastFiles.Folder {
    /// Writes one file under `root`, creating its folders; safe to call from several threads at
    /// once for different files (a folder created meanwhile by another thread is simply there).
    package static func writeConcurrently(_ content: OutputJob.Content, to relative: String, under root: String) throws {
        let full = root + "/" + relative
        func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) throws { try FastFiles.write(bytes, to: fd, path: full) }
        try FastFiles.withNewFile(full) { fd in
            switch content {
            case .data(let data):
                try data.withUnsafeBytes { try write($0, to: fd) }
            case .text(var text):
                try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: fd) }
            case .parts(let parts):
                for var part in parts { try part.withUTF8 { try write(UnsafeRawBufferPointer($0), to: fd) } }
            case .pieces(let pieces):
                try pieces { data in try data.withUnsafeBytes { try write($0, to: fd) } }
            case .list(let list):
                try list.write { data in try data.withUnsafeBytes { try write($0, to: fd) } }
            }
        }
    }
}

extension FastFiles {
    /// Whether the file at `path` holds exactly `content`: read once, compared piece by piece as the
    /// content is made, and given up at the first difference.
    package static func holds(_ content: OutputJob.Content, at path: String) -> Bool {
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
}
