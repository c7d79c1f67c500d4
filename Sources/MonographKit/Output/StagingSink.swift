import Foundation

/// Writes files into the staging folder of a build; text is written without an intermediate copy.
package struct StagingSink: FileSink {
    var folder: FastFiles.Folder
    /// The paths written, in order.
    package private(set) var paths: [String] = []
    /// Whether the jobs run one after the other, on the calling thread, rather than on every core: the
    /// search indexer, which uses one core, then runs beside them undisturbed.
    var oneCore = false

    package mutating func put(_ path: String, _ data: Data) throws {
        try folder.write(data, to: path)
        paths.append(path)
    }

    package mutating func put(_ path: String, text: String) throws {
        try folder.write(text: text, to: path)
        paths.append(path)
    }

    package mutating func put(_ path: String, pieces: ((Data) throws -> Void) throws -> Void) throws {
        try folder.write(to: path, pieces: pieces)
        paths.append(path)
    }

    /// Runs the jobs on every core, each writing its own file as soon as it is made: the creation of
    /// thousands of folders and files is spread over the cores too, and no page waits in memory. The
    /// staging folder is new, so two jobs never touch the same file; on failure, the first error in
    /// job order is thrown (the caller then removes the staging folder).
    package mutating func putAll(_ jobs: [OutputJob]) throws {
        let root = folder.root
        let lanes = OutputJob.schedule(jobs)
        let errors = (oneCore ? lanes.map : { Parallel.map(lanes, $0) }) { lane -> [(Int, Error)] in
            var errors: [(Int, Error)] = []
            for index in lane {
                do {
                    try FastFiles.Folder.writeConcurrently(jobs[index].make(), to: jobs[index].path, under: root)
                } catch {
                    errors.append((index, error))
                }
            }
            return errors
        }
        if let first = errors.joined().min(by: { $0.0 < $1.0 }) { throw first.1 }
        paths.append(contentsOf: jobs.map(\.path))
    }
}
