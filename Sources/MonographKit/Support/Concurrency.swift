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
