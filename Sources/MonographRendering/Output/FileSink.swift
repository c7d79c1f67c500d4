import Foundation
import MonographCore
import MonographViews

/// Receives output files one at a time, as text or bytes, or as a list of jobs.
package protocol FileSink {
    mutating func put(_ path: String, _ data: Data) throws
    mutating func put(_ path: String, text: String) throws
    /// Writes a file in pieces, for large files that should never be whole in memory.
    mutating func put(_ path: String, pieces: @escaping @Sendable ((Data) throws -> Void) throws -> Void) throws
    /// Makes and puts every job's file; the paths are recorded in the jobs' order.
    mutating func putAll(_ jobs: [OutputJob]) throws
}

extension FileSink {
    /// Makes the jobs on every core, then puts their files one by one in order.
    package mutating func putAll(_ jobs: [OutputJob]) throws {
        var results = [Result<OutputJob.Content, Error>?](repeating: nil, count: jobs.count)
        let lanes = OutputJob.schedule(jobs, lane: false, group: 32)
        let made = Parallel.map(lanes) { lane in lane.map { index in Result { try jobs[index].make() } } }
        for (lane, results_) in zip(lanes, made) {
            for (index, result) in zip(lane, results_) { results[index] = result }
        }
        for (job, result) in zip(jobs, results) {
            switch try result!.get() {
            case .text(let text): try put(job.path, text: text)
            case .data(let data): try put(job.path, data)
            case .pieces(let pieces): try put(job.path, pieces: pieces)
            case .parts(let parts): try put(job.path, text: parts.joined())
            case .list(let list): try put(job.path, pieces: list.write)
            }
        }
    }
}
