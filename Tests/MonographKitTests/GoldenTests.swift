import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Renders `Fixtures/minimal` with the project's templates and compares the whole output tree with
/// `Snapshots/minimal/`. Re-record on purpose with `RECORD_SNAPSHOTS=1 swift test --filter GoldenTests`.
@Suite struct GoldenTests {
    @Test func minimalSiteMatchesItsSnapshot() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        let snapshot = Paths.snapshots.appendingPathComponent("minimal")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.removeItem(at: snapshot)
            for (path, data) in files {
                let url = snapshot.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            return
        }
        let expected = fileTree(snapshot)
        #expect(!expected.isEmpty, "no snapshot: run RECORD_SNAPSHOTS=1 swift test --filter GoldenTests")
        #expect(Set(files.keys) == Set(expected.keys))
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            guard let want = expected[path] else { continue }
            if data != want {
                let got = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let exp = String(decoding: want, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let line = zip(got, exp).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, exp.count)
                Issue.record(
                    "\(path) differs from its snapshot at line \(line + 1):\n- \(line < exp.count ? exp[line] : "")\n+ \(line < got.count ? got[line] : "")"
                )
            }
        }
    }
}
