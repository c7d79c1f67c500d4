import Foundation
import MonographCore
import MonographViews

/// A file made of one part per item, each part made from its own inputs, between an opening and a
/// closing: `reseaux.json`, one element per monograph. A full build makes the parts in batches on every
/// core and writes them as it goes; whoever keeps outputs between builds can keep each part.
package struct PartList: Sendable {
    /// One part: what tells it apart in the list, what it is made from, and how.
    package struct Part: Sendable {
        package let key: String
        package let inputs: JobInputs
        package let make: @Sendable () -> String

        package init(key: String, inputs: JobInputs, make: @escaping @Sendable () -> String) {
            self.key = key
            self.inputs = inputs
            self.make = make
        }
    }

    let opening: String
    package let separator: String
    package let closing: String
    /// The whole file when there is no part.
    let empty: String
    package var parts: [Part]

    /// How many parts are made at a time, on every core, before being written.
    static let batch = 256

    /// Writes the file in pieces, so that the parts of thousands of items are never all in memory.
    package func write(_ write: (Data) throws -> Void) throws {
        guard !parts.isEmpty else { return try write(Data(empty.utf8)) }
        try write(Data(opening.utf8))
        for start in stride(from: 0, to: parts.count, by: Self.batch) {
            let made = Parallel.map(Array(parts[start..<min(start + Self.batch, parts.count)])) { $0.make() }
            var piece = (start == 0 ? "" : separator) + made.joined(separator: separator)
            if start + Self.batch >= parts.count { piece += closing }
            try write(Data(piece.utf8))
        }
    }
}
