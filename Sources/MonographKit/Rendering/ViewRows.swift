import Foundation

/// The rows of one computed view kept from its last rendering, by what identifies what a row shows: a
/// practice added to one network re-renders that network's rows, and the others are copied. A rendering
/// keeps only the rows it used, so rows of removed or changed networks do not pile up.
final class ViewRows: @unchecked Sendable {
    struct Key: Hashable {
        /// The network's slug and the revision of its monograph (`Monograph.revision`), which stands
        /// for everything the monograph says.
        var slug: String
        var revision: Int
        /// What else tells the row apart among the network's rows (its place, its function…).
        var detail: String
    }

    private var kept: [Key: [String]] = [:]
    private var used: [Key: [String]] = [:]
    private let lock = NSLock()

    /// Starts a rendering of the view: rows kept from the last one stay available until the next.
    func start() {
        lock.lock()
        defer { lock.unlock() }
        kept = used
        used = [:]
    }

    /// The cells of the row `key`, made by `make` unless kept.
    func row(_ key: Key, _ make: () -> [String]) -> [String] {
        lock.lock()
        if let cells = kept[key] ?? used[key] {
            used[key] = cells
            lock.unlock()
            return cells
        }
        lock.unlock()
        let cells = make()
        lock.lock()
        used[key] = cells
        lock.unlock()
        return cells
    }
}
