import Foundation
import Synchronization

/// A dictionary shared by the threads of one rendering.
package final class LockedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])

    package init() {}

    package func value(for key: Key) -> Value? {
        values.withLock { $0[key] }
    }

    package func store(_ value: Value, for key: Key) {
        values.withLock { $0[key] = value }
    }
}

/// A Mustache context: the `[String: Any]` swift-mustache reads, made once of values (texts, numbers,
/// booleans, arrays and dictionaries of them) and never changed after, so that the threads of a
/// rendering may share it. The one place the compiler is told rather than shown that a value may be
/// shared: Mustache's contexts are typed `Any`.
package struct TemplateContext: @unchecked Sendable {
    package let values: [String: Any]

    package init(values: [String: Any]) {
        self.values = values
    }
}

/// A value computed once, on first use, by whichever thread asks first.
///
/// Every job of a build holds one or two (its inputs, its page's projection): the lock is a `Mutex`
/// stored inline, cheaper to make than an `NSLock` object, as `serve` makes thousands at every save.
package final class LazyValue<Value: Sendable>: Sendable {
    private let state: Mutex<Value?>
    private let make: @Sendable () -> Value

    package init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        state = Mutex(nil)
    }

    package var value: Value {
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
package enum Yielding {
    private final class Work {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    package static func run<R>(_ body: () throws -> R) throws -> R {
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
