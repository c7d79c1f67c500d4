import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// A section whose structured data is one dictionary of the front matter (`identite`,
/// `modele_socio_economique`) counts as written as soon as any one of its declared keys is given.
@Suite struct SectionDataTests {
    @Test(arguments: [("identite", SectionID.carteIdentite), ("modele_socio_economique", .modeleSocioEconomique)])
    func anyDeclaredKeyOfTheSectionsDictionaryWritesIt(key: String, section: SectionID) throws {
        let site = try TemporarySite()
        let referentiel = try site.builder().validate().get().0.referentiel
        guard case .group(let group) = FrontMatter.monograph.type(of: key) else {
            Issue.record("« \(key) » is not a dictionary")
            return
        }
        for field in group.fields {
            let value = DeclaredFields.value(field.type, example: field.example, variant: 0, referentiel)
            let pairs = DeclaredFields.requiredOnly(FrontMatter.monograph, referentiel) + [(key, .object([(field.key, value)]))]
            try site.write("reseaux/beta.md", DeclaredFields.monograph(pairs))
            let monograph = try #require(try site.builder().validate().get().0.monographs.first { $0.slug == "beta" })
            #expect(monograph.isWritten(section), "« \(key).\(field.key) » alone leaves the section « à rédiger »")
        }
    }
}
