import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The computed views on the `minimal` fixture, against figures counted by hand, and on random sites
/// against a straightforward recount.
@Suite struct SynthesisTests {
    let site: Site
    let synthesis: Synthesis

    init() throws {
        site = try TemporarySite().load()
        synthesis = Synthesis(monographs: site.monographs, referentiel: site.referentiel)
    }

    @Test func homeOrderPutsNumberedNetworksFirst() {
        #expect(site.monographs.map(\.slug) == ["alpha", "beta"])
    }

    // Alpha: "Appui aux projets pilotes" → experimentation + modelisation (mise-en-reseau, national);
    // "Formations régionales" → diffusion (ingenierie, regional). Beta has no practice at all.
    @Test func phasesCountAnActionWithTwoPhasesInEach() {
        #expect(synthesis.reseaux == 2)
        #expect(synthesis.phases.map(\.phase) == ["emergence", "experimentation", "modelisation", "diffusion", "deploiement"])
        #expect(synthesis.phases.map(\.reseaux) == [0, 1, 1, 1, 0])
        #expect(synthesis.phases.map(\.actions) == [0, 1, 1, 1, 0])
    }

    @Test func functionsByPhase() {
        #expect(synthesis.fonctionsParPhase.map(\.key) == site.referentiel.fonctions.map(\.id))
        #expect(synthesis.fonctionsParPhase[0].values == [0, 1, 1, 0, 0])
        #expect(synthesis.fonctionsParPhase[1].values == [0, 0, 0, 1, 0])
        #expect(synthesis.fonctionsParPhase[2...].allSatisfy { $0.values == [0, 0, 0, 0, 0] })
    }

    @Test func functionsByNetworkUseTheHighestIntensityAndOneByDefault() {
        #expect(synthesis.fonctionsParReseau.map(\.key) == ["alpha", "beta"])
        #expect(synthesis.fonctionsParReseau[0].values == [2, 1, 0, 0, 0, 0])
        #expect(synthesis.fonctionsParReseau[1].values == [0, 0, 0, 0, 0, 0])
    }

    @Test func territorialLevelsLeaveOutTheNationalOne() {
        #expect(
            synthesis.echelonsTerritoriaux == [
                .init(fonction: "ingenierie", echelon: "regional", reseau: "alpha", actions: ["Formations régionales"])
            ])
    }

    @Test func naturesCountNetworksAndCycles() {
        #expect(synthesis.natures.map(\.nature) == ["invention", "extension", "transformation", "optimisation"])
        #expect(synthesis.natures.map(\.reseaux) == [1, 0, 1, 0])
        #expect(synthesis.natures.map(\.cycles) == [1, 0, 0, 0])
    }

    @Test func innovationsCarryTheirCycle() {
        #expect(
            synthesis.innovations == [
                .init(reseau: "alpha", cycle: 1950, nom: "Relais", natures: ["invention"], types: ["solutions"], phase: "deploiement")
            ])
    }

    @Test func completenessFollowsFormatRules() throws {
        let alpha = site.monographs[0], beta = site.monographs[1]
        #expect(SectionID.allCases.map { alpha.isWritten($0) } == [true, true, true, true, true, true])
        #expect(SectionID.allCases.map { beta.isWritten($0) } == [false, false, false, false, false, false])
    }

    @Test func synthesisJSONHasTheKeysAndOrdersOfTheFormat() throws {
        let temporary = try TemporarySite()
        let files = try temporary.builder().render().get()
        let json = try #require(files["donnees/synthese.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "reseaux", "phases", "fonctions_par_phase", "fonctions_par_reseau", "echelons_territoriaux",
                "natures", "innovations", "couverture",
            ])
        let text = String(decoding: json, as: UTF8.self)
        let order = [
            "\"reseaux\": 2", "\"phases\"", "\"fonctions_par_phase\"", "\"fonctions_par_reseau\"", "\"echelons_territoriaux\"",
            "\"natures\"", "\"innovations\"", "\"couverture\"",
        ].map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        let phases = try #require(object["phases"] as? [[String: Any]])
        #expect(Set(phases[0].keys) == ["phase", "reseaux", "actions"])
        let matrix = try #require(object["fonctions_par_phase"] as? [[String: Any]])
        #expect(Set(matrix[0].keys) == ["fonction", "phases"])
        #expect(
            Set((matrix[0]["phases"] as? [String: Int])?.keys ?? [:].keys) == [
                "emergence", "experimentation", "modelisation", "diffusion", "deploiement",
            ])
        let byNetwork = try #require(object["fonctions_par_reseau"] as? [[String: Any]])
        #expect(Set(byNetwork[0].keys) == ["reseau", "fonctions"])
        let territorial = try #require(object["echelons_territoriaux"] as? [[String: Any]])
        #expect(Set(territorial[0].keys) == ["fonction", "echelon", "reseau", "actions"])
        let natures = try #require(object["natures"] as? [[String: Any]])
        #expect(Set(natures[0].keys) == ["nature", "reseaux", "cycles"])
        let innovations = try #require(object["innovations"] as? [[String: Any]])
        #expect(Set(innovations[0].keys) == ["reseau", "cycle", "nom", "natures", "types", "phase"])
    }

    @Test func reseauxJSONNormalisesActionsAndAddsCompleteness() throws {
        let temporary = try TemporarySite()
        let files = try temporary.builder().render().get()
        let array = try #require(try JSONSerialization.jsonObject(with: files["donnees/reseaux.json"]!) as? [[String: Any]])
        #expect(array.map { $0["slug"] as? String } == ["alpha", "beta"])
        let practices = try #require(array[0]["pratiques"] as? [[String: Any]])
        let actions = try #require(practices[0]["actions"] as? [[String: Any]])
        #expect(actions[0]["texte"] as? String == "Rencontres annuelles")
        #expect(actions[0]["phases"] as? [String] == [])
        #expect((array[1]["completude"] as? [String: Bool]) == Dictionary(uniqueKeysWithValues: SectionID.allCases.map { ($0.rawValue, false) }))
        #expect(array[1]["identite"] == nil)
        let csv = String(decoding: files["donnees/reseaux.csv"]!, as: UTF8.self)
        #expect(
            csv.hasPrefix(
                "slug,nom,type,creation,creation_note,structure,salaries_tdr,salaries_reseau,adherents,adherents_libelle,budget\r\n"
                    + "alpha,Réseau Alpha,Tête de réseau nationale,1950,après une fusion,,12,17000,300 associations,,\r\n"
            ))
    }

    /// Random valid sites: every count equals a plain recount over the generated data.
    @Test(arguments: 1...40)
    func randomSitesMatchARecount(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed))
        let referentiel = site.referentiel
        let phases = referentiel.phases.map(\.id), functions = referentiel.fonctions.map(\.id)
        let levels = referentiel.echelons.map(\.id), natures = referentiel.natures.map(\.id)
        var monographs: [Monograph] = []
        for n in 0..<random.next(upTo: 7) {
            var m = site.monographs[1]
            m.slug = "r\(n)"
            m.natures = natures.filter { _ in random.next(upTo: 2) == 0 }
            m.pratiques = (0..<random.next(upTo: 6)).map { _ in
                Practice(
                    echelon: levels[random.next(upTo: levels.count)], fonction: functions[random.next(upTo: functions.count)],
                    intensite: [nil, 1, 2][random.next(upTo: 3)],
                    actions: (0..<random.next(upTo: 4)).map { a in
                        Action(
                            texte: "a\(a)", phases: phases.filter { _ in random.next(upTo: 3) == 0 }, markdown: Markdown(options: MarkdownOptions()))
                    })
            }
            m.cycles = (0..<random.next(upTo: 3)).map { c in
                Cycle(
                    debut: 1900 + c, approximatif: false, titre: "c", contexte: nil, reponse: nil,
                    natures: natures.filter { _ in random.next(upTo: 2) == 0 }, qualification: nil, innovations: nil)
            }
            monographs.append(m)
        }
        let s = Synthesis(monographs: monographs, referentiel: referentiel)
        let actions = monographs.flatMap { m in (m.pratiques ?? []).flatMap { p in p.actions.map { (m, p, $0) } } }
        for (i, phase) in phases.enumerated() {
            #expect(s.phases[i].actions == actions.filter { $0.2.phases.contains(phase) }.count)
            #expect(s.phases[i].reseaux == Set(actions.filter { $0.2.phases.contains(phase) }.map { $0.0.slug }).count)
            for (f, function) in functions.enumerated() {
                #expect(s.fonctionsParPhase[f].values[i] == actions.filter { $0.1.fonction == function && $0.2.phases.contains(phase) }.count)
            }
        }
        for (r, m) in monographs.enumerated() {
            for (f, function) in functions.enumerated() {
                let expected = (m.pratiques ?? []).filter { $0.fonction == function }.map { $0.intensite ?? 1 }.max() ?? 0
                #expect(s.fonctionsParReseau[r].values[f] == expected)
            }
        }
        for (i, nature) in natures.enumerated() {
            #expect(s.natures[i].reseaux == monographs.filter { $0.natures!.contains(nature) }.count)
            #expect(s.natures[i].cycles == monographs.flatMap { $0.cycles! }.filter { $0.natures!.contains(nature) }.count)
        }
        let territorial = monographs.flatMap { m in (m.pratiques ?? []).filter { $0.echelon != "national" }.map { (m.slug, $0) } }
        #expect(s.echelonsTerritoriaux.map(\.reseau) == territorial.map(\.0))
        #expect(s.echelonsTerritoriaux.map(\.fonction) == territorial.map(\.1.fonction))
    }
}

/// A small deterministic generator (SplitMix64), so that each seed gives the same site on every run.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }
    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
