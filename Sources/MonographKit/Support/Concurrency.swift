import Foundation
import Synchronization

/// A dictionary shared by the threads of one rendering.
final class LockedCache<Key: Hashable, Value>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    func value(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func store(_ value: Value, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        values[key] = value
    }
}

/// A value computed once, on first use, by whichever thread asks first.
///
/// Every job of a build holds one or two (its inputs, its page's projection): the lock is a `Mutex`
/// stored inline, cheaper to make than an `NSLock` object, as `serve` makes thousands at every save.
final class LazyValue<Value>: @unchecked Sendable {
    private let state: Mutex<Value?>
    private let make: () -> Value

    init(_ make: @escaping () -> Value) {
        self.make = make
        state = Mutex(nil)
    }

    var value: Value {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}

/// Work run on a thread of its own at a lower priority (`nice` 10), the caller waiting for it: it then
/// takes only the processor time that a program running beside it (the search indexer) leaves.
enum Yielding {
    private final class Work {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    static func run<R>(_ body: () throws -> R) throws -> R {
        var result: Result<R, Error>?
        let work = { result = Result { try body() } }
        withoutActuallyEscaping(work) { work in
            var thread = pthread_t()
            let context = Unmanaged.passRetained(Work(work)).toOpaque()
            let status = pthread_create(
                &thread, nil,
                { context in
                    // The nice value of a Linux thread is its own (`setpriority` on the calling thread only).
                    _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
                    Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().run()
                    return nil
                }, context)
            guard status == 0 else {
                // No thread: the work runs here, at the caller's priority.
                Unmanaged<Work>.fromOpaque(context).takeRetainedValue().run()
                return
            }
            // Joined: the thread has released the work before `withoutActuallyEscaping` returns.
            pthread_join(thread, nil)
        }
        return try result!.get()
    }
}
