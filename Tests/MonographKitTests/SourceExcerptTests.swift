import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Each diagnostic carries the text of its line; a terminal shows it under the message with a caret
/// under the column, while the one-line description stays as editors read it.
@Suite struct SourceExcerptTests {
    private func errors(_ site: TemporarySite) throws -> [Diagnostic] {
        guard case .failure(let errors) = ContentLoader(root: site.content, displayRoot: "Content").load() else {
            Issue.record("the content was expected to fail")
            return []
        }
        return errors.diagnostics
    }

    @Test func caretUnderTheColumnOfAnUnknownId() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("pratiques:\n  - echelon: national\n    fonction: ingenieri")])
        let diagnostic = try #require(try errors(site).first)
        #expect(diagnostic.sourceLine == "    fonction: ingenieri")
        #expect(
            diagnostic.description == "Content/reseaux/gamma.md:7:15: error: fonction inconnue « ingenieri » ; vouliez-vous dire"
                + " « ingenierie » ? (valeurs possibles : mise-en-reseau, ingenierie, pilotage-de-projets, accompagnement-personnalise,"
                + " plaidoyer, fonction-operateur)")
        #expect(
            diagnostic.descriptionWithExcerpt == diagnostic.description + """

                   7 |     fonction: ingenieri
                     |               ^
                """)
    }

    @Test func accentsBeforeTheColumnKeepTheCaretAligned() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("cycles:\n  - {titre: Été réussi, debut: 1950, natures: [inventon]}")])
        let diagnostic = try #require(try errors(site).first)
        #expect(diagnostic.line == 6)
        #expect(diagnostic.column == 48)
        #expect(
            diagnostic.excerpt == "   6 |   - {titre: Été réussi, debut: 1950, natures: [inventon]}\n"
                + "     | " + String(repeating: " ", count: 47) + "^")
    }

    @Test func decomposedAccentsTakeNoRoomInThePadding() throws {
        // « Été » typed as E + U+0301, t, e + U+0301: five Unicode scalars, which libyaml counts as five columns.
        let site = try TemporarySite(["reseaux/gamma.md": monograph("cycles:\n  - {titre: E\u{301}te\u{301}, debut: 1950, natures: [inventon]}")])
        let diagnostic = try #require(try errors(site).first)
        #expect(diagnostic.column == 43)
        #expect(
            diagnostic.excerpt == "   6 |   - {titre: E\u{301}te\u{301}, debut: 1950, natures: [inventon]}\n"
                + "     | " + String(repeating: " ", count: 40) + "^")
    }

    @Test func tabsBeforeTheColumnAreRepeatedInThePadding() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("dynamique:\n  natures: [invention,\tinventon]")])
        let diagnostic = try #require(try errors(site).first)
        #expect(diagnostic.column == 24)
        #expect(
            diagnostic.excerpt == "   6 |   natures: [invention,\tinventon]\n"
                + "     | " + String(repeating: " ", count: 22) + "\t^")
    }

    @Test func invalidUTF8IsQuotedWithAReplacementCharacter() throws {
        let site = try TemporarySite()
        var bytes = Data(monograph(body: "Une ligne.\nCaf").utf8)
        bytes.append(contentsOf: [0xE9, 0x0A])
        try site.write("reseaux/gamma.md", bytes)
        let diagnostic = try #require(try errors(site).first)
        #expect(
            diagnostic.descriptionWithExcerpt == """
                Content/reseaux/gamma.md:7:4: error: le fichier n’est pas en UTF-8 : il semble enregistré en Latin-1 (Windows-1252), où l’octet 0xE9 est « é » (1 caractère concerné) ; enregistrez-le en UTF-8 depuis votre éditeur (« Enregistrer sous », encodage UTF-8)
                   7 | Caf\u{FFFD}
                     |    ^
                """)
    }

    @Test func errorsFoundAcrossFilesAndInTheBodyAreQuotedToo() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph("numero: 1"),
            "reseaux/delta.md": monograph(body: "## Histoire\n"),
            "livret/deux.md": "---\ntitre: Deux\n---\nTexte.\n\n```vue phase\n```\n",
        ])
        let quoted = try errors(site).map { "\($0.file):\($0.line ?? 0) \($0.sourceLine ?? "nil")" }
        #expect(
            quoted == [
                "Content/livret/deux.md:6 ```vue phase",
                "Content/reseaux/delta.md:6 ## Histoire",
                "Content/reseaux/gamma.md:5 numero: 1",
            ])
    }

    @Test func diagnosticsWithoutALineHaveNoExcerpt() throws {
        let site = try TemporarySite(["reseaux/Réseau Delta.md": monograph()])
        let diagnostic = try #require(try errors(site).first)
        #expect(diagnostic.sourceLine == nil)
        #expect(diagnostic.excerpt == nil)
        #expect(diagnostic.descriptionWithExcerpt == diagnostic.description)
    }

    @Test func singleFileCheckQuotesItsLines() {
        let (_, diagnostics) = SingleFileCheck.monograph(Array(monograph("perspectives: une phrase").utf8))
        #expect(diagnostics.map(\.sourceLine) == ["perspectives: une phrase"])
    }

    // MARK: The excerpt alone

    @Test func wideCharactersTakeTwoCellsAndControlsAreReplaced() {
        let diagnostic = Diagnostic(file: "f.md", line: 3, column: 6, message: "m", sourceLine: "日本\u{1B}[x: y")
        #expect(diagnostic.excerpt == "   3 | 日本\u{FFFD}[x: y\n     | " + String(repeating: " ", count: 7) + "^")
    }

    @Test func lineWithoutAColumnIsShownWithoutACaret() {
        let diagnostic = Diagnostic(file: "f.md", line: 12, message: "m", sourceLine: "## Histoire")
        #expect(diagnostic.excerpt == "   12 | ## Histoire")
    }

    @Test func caretPastTheEndOfTheLine() {
        let diagnostic = Diagnostic(file: "f.md", line: 1, column: 7, message: "m", sourceLine: "abc")
        #expect(diagnostic.excerpt == "   1 | abc\n     | " + String(repeating: " ", count: 6) + "^")
    }

    @Test func longLineIsCutAroundTheCaret() {
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
        let diagnostic = Diagnostic(file: "f.md", line: 1, column: 301, message: "m", sourceLine: line)
        let start = 300 - Diagnostic.excerptWidth / 2
        let shown = String(repeating: "a", count: 300 - start) + "X" + String(repeating: "b", count: Diagnostic.excerptWidth - (300 - start) - 1)
        #expect(diagnostic.excerpt == "   1 | …" + shown + "…\n     | " + String(repeating: " ", count: 1 + 300 - start) + "^")
    }

    @Test func descriptionStaysOneLine() {
        let diagnostic = Diagnostic(file: "f.md", line: 2, column: 3, message: "m", sourceLine: "xyz")
        #expect(diagnostic.description == "f.md:2:3: error: m")
    }

    // MARK: JSON

    @Test func jsonKeepsItsFieldsAndAddsTheLineText() throws {
        let json = DiagnosticsJSON.encode([
            Diagnostic(file: "Content/reseaux/inae.md", line: 14, column: 15, message: "fonction inconnue", sourceLine: "    fonction: ingenieri"),
            Diagnostic(file: "Content/site.yml", message: "fichier « site.yml » introuvable"),
        ])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let errors = try #require(object?["erreurs"] as? [[String: Any]])
        #expect(errors.count == 2)
        #expect(errors[0]["fichier"] as? String == "Content/reseaux/inae.md")
        #expect(errors[0]["ligne"] as? Int == 14)
        #expect(errors[0]["colonne"] as? Int == 15)
        #expect(errors[0]["gravite"] as? String == "error")
        #expect(errors[0]["message"] as? String == "fonction inconnue")
        #expect(errors[0]["texte_ligne"] as? String == "    fonction: ingenieri")
        #expect(errors[1]["texte_ligne"] is NSNull)
        #expect(errors[1]["ligne"] is NSNull)
    }
}
