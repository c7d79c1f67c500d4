import Foundation
import MonographCore
import MonographViews

/// One output file to make: its path, what it is made from, and the work that gives its content. Jobs
/// are independent: a sink may run them in any order and on several threads at once.
package struct OutputJob: Sendable {
    package enum Content: Sendable {
        case text(String)
        case data(Data)
        /// Content written in pieces, for large files that should never be whole in memory.
        case pieces(@Sendable ((Data) throws -> Void) throws -> Void)
        /// Texts written one after the other (a page around a large body, never joined in memory).
        case parts([String])
        /// One part per item, each made from its own inputs.
        case list(PartList)
    }

    package let path: String
    /// A long job (a page over the whole site): started first so that no core waits for it at the end.
    package let heavy: Bool
    /// What the content is made from (see `JobInputs`), computed when first asked: a full build, which
    /// makes every file, never asks.
    package var inputs: JobInputs { lazyInputs.value }
    private let lazyInputs: LazyValue<JobInputs>
    /// The computed views the content places: inputs of the job too, each compared on its own.
    package let views: [ViewID]
    package let make: @Sendable () throws -> Content

    package init(
        path: String, heavy: Bool = false, inputs: @autoclosure @escaping @Sendable () -> JobInputs, views: [ViewID] = [],
        make: @escaping @Sendable () throws -> Content
    ) {
        self.path = path
        self.heavy = heavy
        self.lazyInputs = LazyValue(inputs)
        self.views = views
        self.make = make
    }

    /// The order of work: first one lane with every heavy job, one after the other (so that at most
    /// one large page is in memory at a time), then each other job on its own. While one core goes
    /// through the heavy lane, the others take the rest; the lane comes first so that no core waits
    /// for it at the end.
    /// Without `lane`, heavy jobs still come first but each on its own, and the other jobs go by groups
    /// of `group` (for `serve`, where pages are few to re-render and most jobs only hand back the bytes
    /// they kept: one task each would cost more than the job).
    static func schedule(_ jobs: [OutputJob], lane: Bool = true, group: Int = 1) -> [[Int]] {
        let heavy = jobs.indices.filter { jobs[$0].heavy }
        let lightIndices = jobs.indices.filter { !jobs[$0].heavy }
        let light = stride(from: 0, to: lightIndices.count, by: max(1, group)).map {
            Array(lightIndices[$0..<min($0 + max(1, group), lightIndices.count)])
        }
        guard lane else { return heavy.map { [$0] } + light }
        return (heavy.isEmpty ? [] : [heavy]) + light
    }
}
