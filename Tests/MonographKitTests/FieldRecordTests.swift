import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The declaration of the front matter and the model that publishes it stay in step. The compiler
/// requires every declared key to carry the accessor that reads it from its group's model
/// (`Field.read`); an accessor that gives nothing for a key set in a monograph fails here, by name,
/// instead of vanishing from `reseaux.json`.
@Suite struct FieldRecordTests {
    /// `isEmpty` follows from the declaration: no declared key given, an empty list counting as none.
    @Test func aRecordIsEmptyWhenItGivesNoDeclaredKey() {
        #expect(Identity().isEmpty)
        var identity = Identity()
        identity.adherentsLibelle = "Adhérents / membres"
        #expect(!identity.isEmpty)
        var model = SocioEconomicModel(richessesHumaines: [], financements: nil, partenariats: [])
        #expect(model.isEmpty)
        model.partenariats = ["Avec des acteurs publics."]
        #expect(!model.isEmpty)
        #expect(!Action(texte: "Portage", phases: [], markdown: Markdown(options: MarkdownOptions())).isEmpty)
    }

    @Test(
        arguments: DeclaredFields.paths.filter { path in
            // The section states are published under `redaction` and `completude`, checked as a whole.
            !path.fields.dropLast().contains {
                guard case .sectionStates = $0.type else { return false }
                return true
            }
        })
    func everyDeclaredKeyGivenIsPublished(path: FieldPath) throws {
        let referentiel = try TemporarySite().load().referentiel
        let value = DeclaredFields.value(path.field.type, example: path.field.example, variant: 0, referentiel)
        let site = try TemporarySite(["reseaux/gamma.md": DeclaredFields.monograph(path.frontMatter(setting: value, referentiel))])
        // Alone, so that no other monograph holds its number.
        try site.remove("reseaux/alpha.md")
        try site.remove("reseaux/beta.md")
        let loaded = try site.load()
        let gamma = try #require(loaded.monographs.first { $0.slug == "gamma" }, "\(path)")
        #expect(Self.holds(OpenData.monographJSON(gamma), path.fields[...]), "« \(path) » is declared but not published")
    }

    /// Whether `json` has a value at the keys of `fields`, looking into the first element of a list.
    static func holds(_ json: JSONValue, _ fields: ArraySlice<Field>) -> Bool {
        guard let field = fields.first else { return true }
        switch json {
        case .object(let pairs):
            guard let inner = pairs.first(where: { $0.0 == field.key })?.1 else { return false }
            return holds(inner, fields.dropFirst())
        case .array(let items):
            return items.first.map { holds($0, fields) } ?? false
        default:
            return false
        }
    }
}

/// The identity card names the members' heading as the monograph does, « Adhérents » by default.
@Suite struct IdentityLabelTests {
    @Test func theMembersHeadingFollowsTheMonograph() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph("identite:\n  adherents: 11 antennes\n  adherents_libelle: Adhérents / membres"),
            "reseaux/delta.md": monograph("identite:\n  adherents: 40 associations").replacingOccurrences(of: "Gamma", with: "Delta"),
        ])
        let files = try site.builder().render().get()
        let gamma = String(decoding: try #require(files["reseaux/gamma/index.html"]), as: UTF8.self)
        #expect(gamma.contains("<dt>Adhérents / membres</dt><dd>11 antennes"))
        let delta = String(decoding: try #require(files["reseaux/delta/index.html"]), as: UTF8.self)
        #expect(delta.contains("<dt>Adhérents</dt><dd>40 associations"))
    }
}
