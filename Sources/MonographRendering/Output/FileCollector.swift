import Foundation
import MonographCore
import MonographViews

/// Keeps output files in memory (tests, the preview server's incremental builds).
package struct FileCollector: FileSink {
    package var files: [String: Data] = [:]

    package init() {}

    package mutating func put(_ path: String, _ data: Data) throws {
        files[path] = data
    }

    package mutating func put(_ path: String, text: String) throws {
        files[path] = Data(text.utf8)
    }

    package mutating func put(_ path: String, pieces: ((Data) throws -> Void) throws -> Void) throws {
        var data = Data()
        try pieces { data.append($0) }
        files[path] = data
    }
}
