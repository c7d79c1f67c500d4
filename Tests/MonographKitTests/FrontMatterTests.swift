import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The declaration of the front matter (`FrontMatter`) against the model: a monograph with every
/// declared key set is read whole and published whole, each value under its own key.
@Suite struct FrontMatterTests {
    @Test(arguments: 0...1)
    func openDataCarriesEveryDeclaredKey(variant: Int) throws {
        let referentiel = try TemporarySite().load().referentiel
        let frontMatter = DeclaredFields.full(FrontMatter.monograph, variant: variant, referentiel)
        let (monograph, diagnostics) = SingleFileCheck.monograph(Array(DeclaredFields.monograph(frontMatter).utf8), referentiel: referentiel)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let json = OpenData.monographJSON(try #require(monograph))
        expect(json, publishes: .object(frontMatter), FrontMatter.monograph, at: "")
    }

    @Test func theCSVHasEveryKeyOfTheIdentity() throws {
        let site = try TemporarySite()
        let referentiel = try site.load().referentiel
        let identity = DeclaredFields.full(FrontMatter.identite, variant: 1, referentiel)
        try site.write(
            "reseaux/beta.md",
            DeclaredFields.monograph(
                DeclaredFields.requiredOnly(FrontMatter.monograph, referentiel)
                    + [("identite", .object(identity))]))
        let csv = OpenData.monographsCSV(try site.load())
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0] == (["slug", "nom"] + FrontMatter.identite.keys).joined(separator: ","))
        let row = try #require(rows.first { $0.hasPrefix("beta,") })
        let values = identity.map { pair -> String in
            switch pair.1 {
            case .int(let number): String(number)
            case .string(let text): text
            default: ""
            }
        }
        #expect(row == (["beta", "Familles Rurales"] + values).joined(separator: ","))
    }

    /// Every key of `group` given in `written` is in `json`, with the same value when it is a text, a
    /// number, a boolean or a list of them (a text that stands for a dictionary is published as one).
    private func expect(_ json: JSONValue, publishes written: JSONValue, _ group: FieldGroup, at place: String) {
        guard case .object(let published) = json, case .object(let given) = written else {
            Issue.record("\(place): not a dictionary")
            return
        }
        for field in group.fields {
            let path = place.isEmpty ? field.key : place + "." + field.key
            guard let value = given.first(where: { $0.0 == field.key })?.1 else { continue }
            guard let out = published.first(where: { $0.0 == field.key })?.1 else {
                Issue.record("\(path): missing from the open data")
                continue
            }
            switch field.type {
            case .group(let inner):
                expect(out, publishes: value, inner, at: path)
            case .list(let element, _) where element.type.nestedGroup != nil:
                guard case .array(let items) = value, case .array(let outs) = out, items.count == outs.count else {
                    Issue.record("\(path): \(out) for \(value)")
                    continue
                }
                for (item, published) in zip(items, outs) {
                    if case .string(let text) = item, case .object(let pairs) = published {
                        #expect(pairs.first?.1 == .string(text), "\(path): \(published) for \(text)")
                    } else {
                        expect(published, publishes: item, element.type.nestedGroup!, at: path + "[]")
                    }
                }
            case .sectionStates:
                // Every section has something to show: a section not marked is complete.
                guard case .object(let marks) = value else { continue }
                #expect(
                    out
                        == .object(
                            FieldType.sectionKeys.map { key in
                                (key, marks.first { $0.0 == key }?.1 ?? .string(SectionState.complete.rawValue))
                            }), "\(path): \(out)")
            default:
                #expect(out == value, "\(path): \(out) for \(value)")
            }
        }
    }
}
