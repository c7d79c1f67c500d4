import Dispatch
import Synchronization

/// Runs independent work on every core, keeping the results in input order so that output stays
/// byte-identical whatever the scheduling. The work and what it shares are `Sendable`, checked by the
/// compiler.
package enum Parallel {
    package static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let results = Results<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.store(transform(items[index]), at: index)
        }
        return results.taken()
    }

    /// `items` cut into at most `count` groups of consecutive items, of sizes that differ by one at most.
    static func groups<T>(_ items: [T], count: Int) -> [[T]] {
        guard !items.isEmpty else { return [] }
        let count = max(1, min(count, items.count))
        return (0..<count).map { index in Array(items[index * items.count / count..<(index + 1) * items.count / count]) }
    }

    /// The results of one `map`, each stored by the thread that made it.
    private final class Results<R: Sendable>: Sendable {
        private let slots: Mutex<[R?]>

        init(count: Int) {
            slots = Mutex(Array(repeating: nil, count: count))
        }

        func store(_ result: R, at index: Int) {
            slots.withLock { $0[index] = result }
        }

        func taken() -> [R] {
            slots.withLock { $0.map { $0! } }
        }
    }
}
