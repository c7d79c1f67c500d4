import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Values written the way French writes them are read, and a value that cannot be is explained with
/// an example that fits its key.
@Suite struct FrenchValueTests {
    @Test func quotedYearsAndFrenchThousandsAreIntegers() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                "identite:\n  creation: \"1922\"\n  salaries_tdr: \"12 500\"\n  salaries_reseau: 45\u{202F}000\n"
                    + "cycles:\n  - debut: '1950'\n    titre: T")
        ])
        let gamma = try #require(try site.load().monographs.first { $0.slug == "gamma" })
        #expect(gamma.identite?.creation == 1922)
        #expect(gamma.identite?.salariesTdr == 12_500)
        #expect(gamma.identite?.salariesReseau == 45_000)
        #expect(gamma.cycles?.first?.debut == 1950)
    }

    @Test(arguments: ["45 000", "45\u{00A0}000", "45\u{202F}000", "1 045 000"])
    func thousandsSeparators(written: String) {
        #expect(NodeReader.integer(written) == Int(written.filter(\.isNumber)))
    }

    @Test(arguments: ["45 00", "4 5000", "45  000", "45 000 ", "1,5"])
    func notANumber(written: String) {
        #expect(NodeReader.integer(written) == nil)
    }

    static let examples: [(frontMatter: String, expected: String)] = [
        (
            "identite:\n  creation: vers 1922",
            "Content/reseaux/gamma.md:6:13: error: « creation » doit être un nombre entier (par exemple 1943), pas « vers 1922 »"
        ),
        (
            "identite:\n  salaries_reseau: beaucoup",
            "Content/reseaux/gamma.md:6:20: error: « salaries_reseau » doit être un nombre entier (par exemple 17000), pas « beaucoup »"
        ),
        (
            "numero: premier",
            "Content/reseaux/gamma.md:5:9: error: « numero » doit être un nombre entier (par exemple 1), pas « premier »"
        ),
        (
            "pratiques:\n  - echelon: national\n    fonction: plaidoyer\n    intensite: forte",
            "Content/reseaux/gamma.md:8:16: error: « intensite » vaut 1 ou 2 (1 : fonction présente (+) ; 2 : fonction dominante (++)), pas « forte »"
        ),
    ]

    @Test(arguments: examples)
    func eachIntegerKeyHasItsOwnExample(frontMatter: String, expected: String) throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph(frontMatter)])
        #expect(site.diagnostics() == [expected])
    }

    @Test func editorialStatesAreReadAsFrenchWritesThem() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                "perspectives: [Un point]\npratiques:\n  - echelon: national\n    fonction: plaidoyer\n"
                    + "redaction:\n  perspectives: complète\n  pratiques: Partielle\n  cycles: à rédiger")
        ])
        let gamma = try #require(try site.load().monographs.first { $0.slug == "gamma" })
        #expect(gamma.state(.perspectives) == .complete)
        #expect(gamma.state(.pratiques) == .partielle)
        #expect(gamma.state(.cycles) == .aRediger)
    }

    static let badStates: [(frontMatter: String, expected: String)] = [
        (
            "perspectives: [Un point]\nredaction:\n  perspectives: partiel",
            "Content/reseaux/gamma.md:7:17: error: état de rédaction inconnu « partiel » ; vouliez-vous dire « partielle » ?"
                + " (valeurs possibles : partielle, complète)"
        ),
        (
            "perspectives: [Un point]\nredaction:\n  perspectives: à rédiger",
            "Content/reseaux/gamma.md:7:3: error: la section « Points clés et perspectives » est marquée « à rédiger » mais a déjà"
                + " du contenu : retirez cette ligne, ou marquez-la « partielle » si elle est inachevée"
        ),
        (
            "redaction:\n  cycles: complète",
            "Content/reseaux/gamma.md:6:3: error: la section « Cycles d’innovation » est marquée « complète » mais n’a encore rien"
                + " à montrer (ni données ni texte) : retirez cette ligne, la section est « à rédiger »"
        ),
    ]

    @Test(arguments: badStates)
    func badStatesSayWhatToWrite(frontMatter: String, expected: String) throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph(frontMatter)])
        #expect(site.diagnostics() == [expected])
    }
}
