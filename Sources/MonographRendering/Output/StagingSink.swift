import Foundation
import MonographCore
import MonographViews

/// Writes the files of a build into its staging folder; text is written without an intermediate copy.
///
/// With `previous`, the output folder of the last build, a file whose bytes that folder already holds
/// is not written again but kept there (`kept`): the staging folder then holds only what changed,
/// which `OutputWriter` moves into the output folder once every file is made.
package struct StagingSink: FileSink {
    package var folder: FastFiles.Folder
    /// The output folder whose files are kept when unchanged; nil for a first build.
    package var previous: String?
    /// The paths made, in order, whether written or kept.
    package private(set) var paths: [String] = []
    /// The paths whose bytes the previous output already holds.
    package private(set) var kept: Set<String> = []
    /// Whether the jobs run one after the other, on the calling thread, rather than on every core: the
    /// search indexer, which uses one core, then runs beside them undisturbed.
    package var oneCore = false

    package mutating func put(_ path: String, _ data: Data) throws {
        try put(.data(data), at: path)
    }

    package mutating func put(_ path: String, text: String) throws {
        try put(.text(text), at: path)
    }

    package mutating func put(_ path: String, pieces: @escaping @Sendable ((Data) throws -> Void) throws -> Void) throws {
        try put(.pieces(pieces), at: path)
    }

    private mutating func put(_ content: OutputJob.Content, at path: String) throws {
        if let previous, FastFiles.holds(content, at: previous + "/" + path) {
            kept.insert(path)
        } else {
            try FastFiles.Folder.writeConcurrently(content, to: path, under: folder.root)
        }
        paths.append(path)
    }

    /// Runs the jobs on every core, each writing its own file as soon as it is made: the creation of
    /// thousands of folders and files is spread over the cores too, and no page waits in memory. The
    /// staging folder is new, so two jobs never touch the same file; on failure, the first error in
    /// job order is thrown (the caller then removes the staging folder).
    package mutating func putAll(_ jobs: [OutputJob]) throws {
        let root = folder.root, previous = previous
        let lanes = OutputJob.schedule(jobs)
        let results = (oneCore ? lanes.map : { Parallel.map(lanes, $0) }) { lane -> (kept: [Int], errors: [(Int, Error)]) in
            var kept: [Int] = []
            var errors: [(Int, Error)] = []
            for index in lane {
                do {
                    let content = try jobs[index].make()
                    if let previous, FastFiles.holds(content, at: previous + "/" + jobs[index].path) {
                        kept.append(index)
                    } else {
                        try FastFiles.Folder.writeConcurrently(content, to: jobs[index].path, under: root)
                    }
                } catch {
                    errors.append((index, error))
                }
            }
            return (kept, errors)
        }
        if let first = results.flatMap(\.errors).min(by: { $0.0 < $1.0 }) { throw first.1 }
        for result in results { kept.formUnion(result.kept.map { jobs[$0].path }) }
        paths.append(contentsOf: jobs.map(\.path))
    }
}
