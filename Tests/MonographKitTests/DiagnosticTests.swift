import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Each kind of content error, with its exact place and message.
@Suite struct DiagnosticTests {
    @Test func unknownKeyNamesTheClosestKnownKey() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("domain: faute de frappe")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:5:1: error: clé inconnue « domain » dans la monographie ; vouliez-vous dire « domaine » ?"
            ])
    }

    @Test func unknownNestedKey() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("identite:\n  type: X\n  creaton: 1950")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:7:3: error: clé inconnue « creaton » dans « identite » ; vouliez-vous dire « creation » ?"
            ])
    }

    @Test func unknownFunctionIdNamesTheClosestId() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("pratiques:\n  - echelon: national\n    fonction: ingenieri\n")])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.hasPrefix(
                "Content/reseaux/gamma.md:7:15: error: fonction inconnue « ingenieri » ; vouliez-vous dire « ingenierie » ?") == true)
    }

    @Test func unknownPhaseInAnAction() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(
                """
                pratiques:
                  - echelon: national
                    fonction: ingenierie
                    actions:
                      - texte: Une action
                        phases: [experimentaton]
                """)
        ])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.hasPrefix(
                "Content/reseaux/gamma.md:10:18: error: phase inconnue « experimentaton » ; vouliez-vous dire « experimentation » ?") == true)
    }

    @Test func wrongTypeIsReportedAtTheValue() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("identite:\n  salaries_tdr: vingt-cinq")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:6:17: error: « salaries_tdr » doit être un nombre entier (par exemple 25), pas « vingt-cinq »"
            ])
    }

    @Test func listExpected() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("perspectives: une seule phrase")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:5:15: error: « perspectives » doit être une liste (une ligne « - … » par élément), pas un texte"
            ])
    }

    @Test func colonInsideAnUnquotedListItemGetsAHint() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("perspectives:\n  - Un point : important")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:6:5: error: ce texte contient « : » suivi d’une espace, ce qui en fait un dictionnaire YAML :"
                    + " mettez tout le texte entre guillemets : - \"Un point : important\""
            ])
    }

    @Test func missingRequiredFields() throws {
        let site = try TemporarySite(["reseaux/gamma.md": "---\nnom: Gamma\n---\n"])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:2:1: error: clé obligatoire « titre » absente de la monographie",
                "Content/reseaux/gamma.md:2:1: error: clé obligatoire « domaine » absente de la monographie",
            ])
    }

    @Test func missingFrontMatter() throws {
        let site = try TemporarySite(["reseaux/gamma.md": "# Gamma\n"])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:1:1: error: métadonnées absentes : le fichier doit commencer par une ligne « --- », les métadonnées YAML, puis une ligne « --- »"
            ])
    }

    @Test func frontMatterNeverClosed() throws {
        let site = try TemporarySite(["reseaux/gamma.md": "---\nnom: Gamma\ntitre: T\n\n## Carte d'identité\n"])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:1:1: error: front matter ouvert par « --- » mais jamais fermé : ajoutez une ligne « --- » après les métadonnées"
            ])
    }

    @Test func invalidUTF8IsReportedAtItsByte() throws {
        let site = try TemporarySite()
        var bytes = Data(monograph(body: "Une ligne.\nCaf").utf8)
        bytes.append(contentsOf: [0xE9, 0x0A])
        try site.write("reseaux/gamma.md", bytes)
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:7:4: error: le fichier n’est pas en UTF-8 : il semble enregistré en Latin-1 (Windows-1252), où l’octet 0xE9 est « é » (1 caractère concerné) ; enregistrez-le en UTF-8 depuis votre éditeur (« Enregistrer sous », encodage UTF-8)"
            ])
    }

    /// A file saved in Latin-1 has one problem, its encoding: one error, at its first accented letter.
    @Test func latin1FileIsOneErrorSayingHowToSaveIt() throws {
        let site = try TemporarySite()
        let text = monograph("missions: Représenter les élus", body: "Une ligne à écrire.\n")
        try site.write("reseaux/gamma.md", try #require(text.data(using: .isoLatin1)))
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:5:15: error: le fichier n’est pas en UTF-8 : il semble enregistré en Latin-1 (Windows-1252),"
                    + " où l’octet 0xE9 est « é » (4 caractères concernés, le premier ici) ; enregistrez-le en UTF-8 depuis votre éditeur"
                    + " (« Enregistrer sous », encodage UTF-8)"
            ])
    }

    @Test func nulByteIsRefused() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph(body: "ab\u{0}c\n")])
        #expect(site.diagnostics() == ["Content/reseaux/gamma.md:6:3: error: caractère NUL interdit dans un fichier texte"])
    }

    @Test func fileNameThatIsNotASlug() throws {
        let site = try TemporarySite(["reseaux/Réseau Delta.md": monograph()])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/Réseau Delta.md: error: nom de fichier invalide : « Réseau Delta » doit être en minuscules sans accents, chiffres et tirets (par exemple « reseau-delta.md »)"
            ])
    }

    @Test func unknownHeadingNamesTheClosestAcceptedHeading() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(body: "Intro.\n\n## Modele socio economique\n\nOK.\n\n## Perspective et points clefs\n")
        ])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.hasPrefix(
                "Content/reseaux/gamma.md:12:1: error: titre de section inconnu « Perspective et points clefs » ; vouliez-vous dire « Points clés et perspectives » ?"
            ) == true)
    }

    @Test func repeatedHeading() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph(body: "## Cycles d'innovation\n\nA.\n\n## CYCLES D’INNOVATION\n")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:10:1: error: la section « Cycles d’innovation » apparaît deux fois (déjà ligne 6)"
            ])
    }

    @Test func unknownViewIdIsReportedAtItsBlock() throws {
        let site = try TemporarySite(["livret/deux.md": "---\ntitre: Deux\n---\nTexte.\n\n```vue phase\n```\n"])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("Content/livret/deux.md:6:1: error: vue inconnue « phase » ; vouliez-vous dire « phases » ?") == true)
    }

    @Test func unknownViewIdInAMonographSection() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph(body: "Chapeau.\n\n## Cycles d'innovation\n\n> ```vue natures-par-reseau\n> ```\n")
        ])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("Content/reseaux/gamma.md:10:3: error: vue inconnue « natures-par-reseau »") == true)
    }

    @Test func yamlSyntaxErrorIsPlacedInTheFile() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("identite:\n  type: [ouvert\n")])
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("Content/reseaux/gamma.md:7:1: error: syntaxe YAML invalide") == true)
    }

    @Test func duplicateNumbersAcrossFiles() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("numero: 1")])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:5:9: error: numéro 1 déjà utilisé par « Content/reseaux/alpha.md » (Réseau Alpha) ; chaque réseau a son propre numéro"
            ])
    }

    @Test func anchorsAndAliasesAreRefused() throws {
        let simple = "perspectives: &a [\"x\", \"x\"]\nmissions: *a"
        let site = try TemporarySite(["reseaux/gamma.md": monograph(simple)])
        #expect(site.diagnostics().first?.hasPrefix("Content/reseaux/gamma.md:6:1: error: les ancres et alias YAML") == true)
        // A "billion laughs": nine levels of nine aliases each, refused before anything expands it.
        var bomb = "l0: &l0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            bomb += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        try site.write("reseaux/gamma.md", monograph(bomb))
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("Content/reseaux/gamma.md:6:") == true)
        #expect(diagnostics.first?.contains("les ancres et alias YAML") == true)
    }

    @Test func duplicateKey() throws {
        let site = try TemporarySite(["reseaux/gamma.md": monograph("domaine: deux fois")])
        let diagnostics = site.diagnostics()
        #expect(
            diagnostics == [
                "Content/reseaux/gamma.md:5:1: error: clé « domaine » en double : elle est déjà donnée ligne 4 ; gardez une seule des deux lignes"
            ])
    }

    @Test func everyErrorOfEveryFileInOnePass() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph("numero: deux\nidentite:\n  creation: hier"),
            "reseaux/delta.md": "---\nnom: Delta\n---\n## Ailleurs\n",
            "site.yml": "titre: Essai\ncouleur: bleu\n",
        ])
        let files = site.diagnostics().map { $0.split(separator: ":").first.map(String.init) ?? "" }
        #expect(
            files == [
                "Content/reseaux/delta.md", "Content/reseaux/delta.md", "Content/reseaux/delta.md",
                "Content/reseaux/gamma.md", "Content/reseaux/gamma.md",
                "Content/site.yml",
            ])
    }

    @Test func symlinkOutsideTheContentFolderIsRefused() throws {
        let site = try TemporarySite()
        let outside = site.root.appendingPathComponent("ailleurs.md")
        try monograph().write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("reseaux/lien.md"), withDestinationURL: outside)
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("Content/reseaux/lien.md: error: lien symbolique vers") == true)
    }

    /// An older version is decoded where it stands in `git cat-file`'s answer, among others: its BOM, its
    /// line endings and its faults are found within its own bytes, at its own lines.
    @Test func aFileIsDecodedWithinALargerBuffer() throws {
        let before = Array("---\r\nnom: Autre\u{0}\r\n".utf8), after = Array("\r\n\u{0}\u{FF}".utf8)
        let bytes = before + [0xEF, 0xBB, 0xBF] + Array("---\r\nnom: Élan\r\n---\r\n".utf8) + after
        let part = bytes[before.count..<bytes.count - after.count]
        guard case .success(let file) = SourceFile.decode(part, path: "p.md") else {
            Issue.record("a valid part of the buffer is refused")
            return
        }
        #expect(file.text == "---\nnom: Élan\n---\n")
        let faulty = bytes[before.count..<bytes.count - 1]
        guard case .failure(let errors) = SourceFile.decode(faulty, path: "p.md") else {
            Issue.record("a NUL byte in the part is not seen")
            return
        }
        // The NUL after the part's end, and the first byte of « ÿ » without its second: both on line 5
        // of the part, and nothing of the NUL before it.
        #expect(errors.diagnostics.map(\.line) == [5, 5])
        #expect(errors.diagnostics.filter { $0.message.contains("NUL") }.count == 1)
        #expect(SourceFile.text(lossy: part) == "---\nnom: Élan\n---\n")
    }

    @Test func crlfAndBOMKeepLinesRight() throws {
        let text = "\u{FEFF}" + monograph("domain: x").replacingOccurrences(of: "\n", with: "\r\n")
        let site = try TemporarySite(["reseaux/gamma.md": text])
        #expect(
            site.diagnostics() == [
                "Content/reseaux/gamma.md:5:1: error: clé inconnue « domain » dans la monographie ; vouliez-vous dire « domaine » ?"
            ])
    }
}
