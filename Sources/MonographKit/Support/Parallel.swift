import Dispatch

/// Runs independent work on every core, keeping the results in input order so that output stays
/// byte-identical whatever the scheduling.
enum Parallel {
    static func map<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let slots = results
            nonisolated(unsafe) let work = transform
            nonisolated(unsafe) let inputs = items
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots[index] = work(inputs[index])
            }
        }
        return results.map { $0! }
    }
}
