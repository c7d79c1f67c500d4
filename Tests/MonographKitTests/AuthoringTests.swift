import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

@Suite struct AuthoringTests {
    @Test(arguments: [
        ("Fédération des Œuvres Laïques", "federation-des-oeuvres-laiques"),
        ("Union d'Associations  d’Entraide", "union-d-associations-d-entraide"),
        ("  ÉCOLE & Cité 2030 ! ", "ecole-cite-2030"),
        ("Ça va ? Déjà-vu…", "ca-va-deja-vu"),
    ])
    func slugFromName(name: String, slug: String) {
        #expect(Text.slug(name) == slug)
    }

    @Test func skeletonPassesCheckAndIsNumberedAfterTheOthers() throws {
        let site = try TemporarySite()
        let file = try Skeleton.create(name: "Réseau d'Entraide « Sud »", content: site.content)
        #expect(file.lastPathComponent == "reseau-d-entraide-sud.md")
        #expect(site.diagnostics() == [])
        let loaded = try site.load()
        let created = try #require(loaded.monographs.first { $0.slug == "reseau-d-entraide-sud" })
        #expect(created.nom == "Réseau d'Entraide « Sud »")
        #expect(created.numero == 2)
        #expect(SectionID.allCases.allSatisfy { !created.isWritten($0) })
        // Every declared key is there for the writer to see, written or in a commented example.
        let text = try String(contentsOf: file, encoding: .utf8)
        for path in DeclaredFields.paths {
            #expect(text.contains(path.field.key + ":"), "\(path)")
        }
    }

    @Test func refusesToOverwrite() throws {
        let site = try TemporarySite()
        try site.write("reseaux/reseau-alpha.md", "contenu à garder")
        #expect(throws: Skeleton.Refusal.self) { try Skeleton.create(name: "Réseau Alpha", content: site.content) }
        #expect(try String(contentsOf: site.content.appendingPathComponent("reseaux/reseau-alpha.md"), encoding: .utf8) == "contenu à garder")
        #expect(throws: Skeleton.Refusal.self) { try Skeleton.create(name: "« ! »", content: site.content) }
    }

    @Test func schemaListsTheReferentielIdsAndForbidsExtraKeys() throws {
        let referentiel = try TemporarySite().load().referentiel
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(FrontMatterSchema.json(referentiel: referentiel).utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(schema["required"] as? [String] == ["nom", "titre", "domaine"])
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(FrontMatter.monograph.keys))
        let text = FrontMatterSchema.json(referentiel: referentiel)
        for id in referentiel.fonctions.map(\.id) + referentiel.phases.map(\.id) + referentiel.natures.map(\.id) {
            #expect(text.contains("\"\(id)\""))
        }
    }
}
