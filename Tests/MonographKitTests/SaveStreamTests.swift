import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// `serve` after any stream of saves: the output folder must be what a full build of the same content
/// gives, file for file and folder for folder.
@Suite struct SaveStreamTests {
    /// A small random generator whose seed makes a failure replayable.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Every file and every folder under `folder`, folders with an empty content.
    static func tree(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return [:] }
        for case let url as URL in enumerator {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            let isFolder = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            result[isFolder ? relative + "/" : relative] = isFolder ? Data() : FileManager.default.contents(atPath: url.path)
        }
        return result
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func incrementalBuildsEqualFullBuildsAfterRandomSaves(seed: UInt64) throws {
        var random = SplitMix64(state: seed)
        let site = try TemporarySite()
        let state = IncrementalState()
        try site.builder().rebuild(projectRoot: site.root, state: state)
        var networks = ["beta"]
        var next = 0
        var broken: String?
        let texts = [
            "Un paragraphe de plus.", "Une liste :\n\n- un\n- deux", "Les chiffres :\n\n```vue phases\n```",
            "Un *accent* et des « guillemets » !",
        ]
        let frontMatters = [
            "numero: 5", "identite: {creation: 1990, adherents: 40 associations}",
            "dynamique: {natures: [extension]}\ncycles:\n  - {debut: 2001, titre: Un cycle, natures: [invention], innovations: [{nom: Une innovation, types: [solutions], phase: emergence}]}",
            "pratiques:\n  - {echelon: regional, fonction: ingenierie, actions: [{texte: Une action, phases: [diffusion]}]}",
            "pratiques:\n  - {echelon: local, fonction: plaidoyer, intensite: 2, actions: [Une autre action]}\nredaction: {pratiques: partielle}",
            "perspectives: [Un point clé]",
        ]
        for step in 1...40 {
            let network = networks.randomElement(using: &random) ?? "beta"
            var expectFailure = false
            if let file = broken {
                // The last save broke a file: this one repairs it.
                try site.write(file, monograph(frontMatters.randomElement(using: &random)!).replacingOccurrences(of: "Gamma", with: "Réseau \(step)"))
                broken = nil
            } else {
                switch Int.random(in: 0..<7, using: &random) {
                case 0, 1:
                    try site.write(
                        "reseaux/\(network).md",
                        monograph(
                            frontMatters.randomElement(using: &random)!,
                            body: "## Dynamique d'innovation\n" + texts.randomElement(using: &random)! + "\n"))
                case 2:
                    try site.write(
                        "reseaux/\(network).md",
                        monograph(frontMatters.randomElement(using: &random)!)
                            .replacingOccurrences(of: "Gamma", with: "Nom \(step)"))
                case 3:
                    next += 1
                    networks.append("reseau-\(next)")
                    try site.write("reseaux/reseau-\(next).md", monograph().replacingOccurrences(of: "Gamma", with: "Ajout \(next)"))
                case 4 where networks.count > 1:
                    networks.removeAll { $0 == network }
                    try site.remove("reseaux/\(network).md")
                case 5:
                    broken = "reseaux/\(network).md"
                    expectFailure = true
                    try site.write(broken!, monograph("fonction: inconnue"))
                default:
                    let synthesis = try String(contentsOf: site.content.appendingPathComponent("synthese.md"), encoding: .utf8)
                    try site.write("synthese.md", synthesis + "\n" + texts.randomElement(using: &random)! + "\n")
                }
            }
            if expectFailure {
                let before = Self.tree(site.output)
                #expect(throws: ContentErrors.self) { try site.builder().rebuild(projectRoot: site.root, state: state) }
                #expect(Self.tree(site.output) == before, "seed \(seed), save \(step): a failed build changed the output")
                continue
            }
            try site.builder().rebuild(projectRoot: site.root, state: state)
            let fresh = try TemporarySite()
            try FileManager.default.removeItem(at: fresh.content)
            try FileManager.default.copyItem(at: site.content, to: fresh.content)
            _ = try fresh.builder().build(projectRoot: fresh.root)
            let (incremental, full) = (Self.tree(site.output), Self.tree(fresh.output))
            let extraOrMissing = Set(incremental.keys).symmetricDifference(full.keys).sorted()
            #expect(extraOrMissing.isEmpty, "seed \(seed), save \(step): files or folders only on one side: \(extraOrMissing)")
            for (path, data) in full where incremental[path] != data { Issue.record("seed \(seed), save \(step): \(path) differs") }
        }
    }
}
