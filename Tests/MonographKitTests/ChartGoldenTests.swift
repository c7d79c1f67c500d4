import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// One chart on its own, so that a change to the drawing code shows up as a readable diff of one file.
@Suite struct ChartGoldenTests {
    @Test func phaseBarsMatchTheirSnapshot() throws {
        let svg = BarChart.panels(
            title: "Étapes investies", description: "Émergence : 2 réseaux, 3 actions",
            categories: ["Émergence", "Expérimentation", "Modélisation", "Diffusion", "Déploiement"],
            measures: [
                .init(heading: "Réseaux ayant une action à l’étape", singular: "réseau", plural: "réseaux", values: [2, 5, 1, 0, 0]),
                .init(heading: "Actions rattachées à l’étape", singular: "action", plural: "actions", values: [3, 9, 2, 0, 0]),
            ])
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
