import Foundation

/// Prints the time of each build phase on standard error when `MONOGRAPH_TEMPS=1` (for benchmarks).
package final class PhaseClock {
    private var last = ContinuousClock.now
    private let enabled = ProcessInfo.processInfo.environment["MONOGRAPH_TEMPS"] == "1"

    package init() {}

    package func lap(_ phase: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(Data("\(phase) : \(now - last)\n".utf8))
        last = now
    }
}
