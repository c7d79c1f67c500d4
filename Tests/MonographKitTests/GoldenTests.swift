import Foundation
import Testing
@testable import MonographKit

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
                Issue.record("\(path) differs from its snapshot at line \(line + 1):\n- \(line < exp.count ? exp[line] : "")\n+ \(line < got.count ? got[line] : "")")
            }
        }
    }
}

/// One chart on its own, so that a change to the drawing code shows up as a readable diff of one file.
@Suite struct ChartGoldenTests {
    @Test func phaseBarsMatchTheirSnapshot() throws {
        let svg = BarChart.grouped(title: "Étapes investies", description: "Émergence : 2 réseaux, 3 actions",
                                   categories: ["Émergence", "Expérimentation", "Modélisation", "Diffusion", "Déploiement"],
                                   series: [("Réseaux", [2, 5, 1, 0, 0]), ("Actions", [3, 9, 2, 0, 0])])
        let snapshot = Paths.snapshots.appendingPathComponent("charts/phases.svg")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
            try svg.write(to: snapshot, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: snapshot, encoding: .utf8)
        #expect(svg == expected)
        #expect(svg.hasPrefix("<svg "))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title>Étapes investies</title>"))
        #expect(svg.contains("<desc>"))
    }
}
