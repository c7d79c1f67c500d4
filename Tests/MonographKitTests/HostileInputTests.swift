import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Inputs meant to break the generator: each gives a clear error or a correct page, never a crash,
/// a hang or a touched output folder.
@Suite struct HostileInputTests {
    /// Builds once into the output folder, then checks that a build with `files` added fails with
    /// `expected` and leaves the output as it was.
    private func expectRefused(_ files: [String: Data], _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let site = try TemporarySite()
        _ = try site.builder().build(projectRoot: site.root)
        let before = fileTree(site.output)
        for (path, data) in files { try site.write(path, data) }
        let diagnostics = site.diagnostics()
        #expect(diagnostics.contains { $0.contains(expected) }, "\(diagnostics)", sourceLocation: sourceLocation)
        #expect(throws: ContentErrors.self, sourceLocation: sourceLocation) { try site.builder().build(projectRoot: site.root) }
        #expect(fileTree(site.output) == before, sourceLocation: sourceLocation)
    }

    private func render(_ text: String) throws -> String {
        let site = try TemporarySite(["reseaux/gamma.md": text])
        let files = try site.builder().render().get()
        return String(decoding: try #require(files["reseaux/gamma/index.html"]), as: UTF8.self)
    }

    @Test func tenMegabyteFileGivesACorrectPage() throws {
        let paragraph = String(repeating: "Un paragraphe avec du *gras* et un [lien](https://exemple.fr) ; vraiment ! ", count: 100) + "\n\n"
        let body = "## Points clés et perspectives\n" + String(repeating: paragraph, count: 1_400)
        #expect(body.utf8.count > 10_000_000)
        let html = try render(monograph(body: body))
        #expect(html.components(separatedBy: "<em>gras</em>").count - 1 == 140_000)
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func fileOverTheSizeLimitIsRefused() throws {
        let body = String(repeating: "x", count: ContentLoader.maximumFileSize + 1)
        try expectRefused(["reseaux/gamma.md": Data(monograph(body: body).utf8)], "fichier trop volumineux")
    }

    @Test func tenThousandNestedBlockQuotesAndLists() throws {
        let quotes = String(repeating: "> ", count: 10_000) + "au fond\n"
        let lists = String(repeating: "- ", count: 10_000) + "tout au fond\n\n" + String(repeating: "1. ", count: 5_000) + "x\n"
        let html = try render(monograph(body: "## Dynamique d'innovation\n" + quotes + "\n## Cycles d'innovation\n" + lists))
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == 10_000)
        #expect(html.contains("au fond"))
        #expect(html.contains("tout au fond"))
    }

    @Test func overlongLines() throws {
        let line = String(repeating: "mot ", count: 500_000)
        let html = try render(monograph("missions: \(line)", body: line + "\n"))
        #expect(html.contains("mot mot mot"))
    }

    @Test func nulBytesAndInvalidUTF8AreRefused() throws {
        try expectRefused(["reseaux/gamma.md": Data(monograph(body: "a\u{0}b").utf8)], "caractère NUL interdit")
        var bytes = Data(monograph().utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0xC3])
        try expectRefused(["reseaux/gamma.md": bytes], "n’est pas en UTF-8")
    }

    @Test func symlinkPointingOutsideIsRefusedWithoutTouchingOutput() throws {
        let site = try TemporarySite()
        _ = try site.builder().build(projectRoot: site.root)
        let before = fileTree(site.output)
        try FileManager.default.createSymbolicLink(
            at: site.content.appendingPathComponent("reseaux/etc.md"),
            withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        #expect(throws: ContentErrors.self) { try site.builder().build(projectRoot: site.root) }
        #expect(site.diagnostics().first?.contains("lien symbolique vers « /etc/passwd »") == true)
        #expect(fileTree(site.output) == before)
    }

    @Test func duplicateNumbersAreRefused() throws {
        try expectRefused(["reseaux/gamma.md": Data(monograph("numero: 1").utf8)], "numéro 1 déjà utilisé")
    }

    @Test func billionLaughsIsRefused() throws {
        var bomb = "l0: &l0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            bomb += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        bomb += "perspectives: *l12\n"
        try expectRefused(["reseaux/gamma.md": Data(monograph(bomb).utf8)], "les ancres et alias YAML")
    }

    @Test func deeplyNestedYAMLIsRefused() throws {
        let nested = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        try expectRefused(["reseaux/gamma.md": Data(monograph("perspectives: \(nested)").utf8)], "YAML")
    }

    @Test func twentyThousandFiles() throws {
        let site = try TemporarySite()
        for index in 0..<20_000 {
            try site.write("reseaux/r\(index).md", "---\nnom: Réseau \(index)\ntitre: T\ndomaine: D\n---\n## Dynamique d'innovation\nTexte.\n")
        }
        let loaded = try site.load()
        #expect(loaded.monographs.count == 20_002)
        #expect(loaded.monographs.first?.slug == "alpha")
        let synthesis = Synthesis(monographs: loaded.monographs, referentiel: loaded.referentiel)
        #expect(synthesis.reseaux == 20_002)
    }
}
