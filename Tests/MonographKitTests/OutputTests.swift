import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

@Suite struct OutputTests {
    @Test func buildsAreByteIdentical() throws {
        let site = try TemporarySite()
        _ = try site.builder().build(projectRoot: site.root)
        let first = fileTree(site.output)
        _ = try site.builder().build(projectRoot: site.root)
        #expect(fileTree(site.output) == first)
        #expect(first.count > 10)
    }

    /// An update writes what changed, even a page of the same size, and nothing else.
    @Test func updateWritesChangedFilesOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("monograph-update-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = OutputWriter(output: folder)
        let kept = Data(repeating: 0x61, count: 100_000)
        let first = ["a.html": kept, "b.html": Data("bbbb".utf8), "c.html": Data("cccc".utf8)]
        try writer.write(first)
        let changed = try writer.update(
            [
                "a.html": kept, "b.html": Data("bbbb".utf8), "c.html": Data("cCcc".utf8),
                "d.html": Data("d".utf8),
            ], previous: first)
        #expect(changed == ["c.html", "d.html"])
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("c.html").path) == Data("cCcc".utf8))
        #expect(OutputWriter.same(kept, kept) && OutputWriter.same(Data("ab".utf8), Data("ab".utf8)))
        #expect(
            !OutputWriter.same(nil, kept) && !OutputWriter.same(Data("ab".utf8), Data("aB".utf8))
                && !OutputWriter.same(Data("ab".utf8), Data("abc".utf8)))
    }

    @Test func failedBuildLeavesOutputUntouched() throws {
        let site = try TemporarySite()
        _ = try site.builder().build(projectRoot: site.root)
        let before = fileTree(site.output)
        try site.write("reseaux/alpha.md", monograph("fonction: inconnue"))
        #expect(throws: ContentErrors.self) { try site.builder().build(projectRoot: site.root) }
        #expect(fileTree(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    /// A build over the output of an earlier one leaves the unchanged files where they are (same file,
    /// same date), replaces the changed ones, removes what is no longer made, and ends with the very
    /// files a build into an empty folder gives.
    @Test func aRepeatedBuildTouchesOnlyWhatChanged() throws {
        let site = try TemporarySite()
        _ = try site.builder().build(projectRoot: site.root)
        func inode(_ relative: String) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent(relative).path)[.systemFileNumber] as? Int)
        }
        let home = try inode("index.html"), beta = try inode("reseaux/beta/index.html"), alpha = try inode("reseaux/alpha/index.html")
        try Data("x".utf8).write(to: site.output.appendingPathComponent("etranger.txt"))
        try FileManager.default.createDirectory(at: site.output.appendingPathComponent("vide/sous"), withIntermediateDirectories: true)
        // A folder where the build makes a file, and a file where it makes a folder.
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("plan-du-site/index.html"))
        try FileManager.default.createDirectory(
            at: site.output.appendingPathComponent("plan-du-site/index.html/sous"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("referentiel"))
        try Data("f".utf8).write(to: site.output.appendingPathComponent("referentiel"))
        let text = try String(contentsOf: site.content.appendingPathComponent("reseaux/alpha.md"), encoding: .utf8)
        try site.write("reseaux/alpha.md", text.replacingOccurrences(of: "Relier les *associations* locales.", with: "Relier les associations."))
        _ = try site.builder().build(projectRoot: site.root)
        #expect(try inode("index.html") == home && inode("reseaux/beta/index.html") == beta)
        #expect(try inode("reseaux/alpha/index.html") != alpha)
        let fresh = site.root.appendingPathComponent("Neuf")
        _ = try site.builder(output: fresh).build(projectRoot: site.root)
        #expect(fileTree(site.output) == fileTree(fresh))
        let folders = { (url: URL) in
            FileManager.default.enumerator(atPath: url.path)!.compactMap { $0 as? String }.filter { FastFiles.isFolder(url.path + "/" + $0) }.sorted()
        }
        #expect(folders(site.output) == folders(fresh))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    /// A repeated build that fails while its files are made leaves the output folder as it was.
    @Test func aRepeatedBuildThatFailsLeavesTheOutputAsItWas() throws {
        let site = try TemporarySite()
        _ = try site.builder().build(projectRoot: site.root)
        let before = fileTree(site.output)
        struct Failure: Error {}
        let writer = OutputWriter(output: site.output)
        #expect(throws: Failure.self) {
            try writer.write { sink in
                try sink.put("index.html", text: "autre")
                try sink.put("nouveau.html", text: "nouveau")
                throw Failure()
            }
        }
        #expect(fileTree(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesAFolderItDidNotCreate() throws {
        let site = try TemporarySite()
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try Data("précieux".utf8).write(to: site.output.appendingPathComponent("notes.txt"))
        #expect(throws: OutputWriter.Refusal.self) { try site.builder().build(projectRoot: site.root) }
        #expect(FileManager.default.contents(atPath: site.output.appendingPathComponent("notes.txt").path) == Data("précieux".utf8))
    }

    @Test(arguments: ["Content", "Content/reseaux", "Templates", "", "."])
    func refusesSourceFoldersAndTheProjectRoot(relative: String) throws {
        let root = URL(fileURLWithPath: "/tmp/projet")
        let writer = OutputWriter(output: root.appendingPathComponent(relative))
        let refusal = writer.check(
            sources: [root.appendingPathComponent("Content"), root.appendingPathComponent("Templates")],
            projectRoot: root)
        #expect(refusal != nil)
    }

    @Test func acceptsAFreshFolderInsideTheProject() {
        let root = URL(fileURLWithPath: "/tmp/projet")
        let writer = OutputWriter(output: root.appendingPathComponent("Output"))
        #expect(writer.check(sources: [root.appendingPathComponent("Content")], projectRoot: root) == nil)
    }

    @Test func monographPagesHaveTheSixSectionsInOrder() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        for slug in ["alpha", "beta"] {
            let html = try #require(files["reseaux/\(slug)/index.html"].map { String(decoding: $0, as: UTF8.self) })
            let ids = SectionID.allCases.map { "<section id=\"\($0.rawValue)\"" }
            let positions = ids.map { html.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "\(slug)")
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        }
        let beta = String(decoding: files["reseaux/beta/index.html"]!, as: UTF8.self)
        // Every section of Beta is to write: none of them, heading included, is indexed for search.
        #expect(beta.components(separatedBy: " data-incomplet data-pagefind-ignore>").count - 1 == 6)
        let alpha = String(decoding: files["reseaux/alpha/index.html"]!, as: UTF8.self)
        // Alpha has every section but section 3's prose... and its cycles, so none is incomplete.
        #expect(!alpha.contains("data-incomplet"))
    }

    @Test func contentIsEscaped() throws {
        let site = try TemporarySite([
            "reseaux/gamma.md": monograph("numero: 3\nidentite:\n  type: \"<script>x</script>\"", body: "<img src=x onerror=alert(1)>\n")
        ])
        let files = try site.builder().render().get()
        let html = String(decoding: files["reseaux/gamma/index.html"]!, as: UTF8.self)
        #expect(!html.contains("<script>x"))
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;script&gt;x&lt;/script&gt;") || html.contains("<!-- raw HTML omitted -->"))
    }

    /// Every structured field reaches the page through the section blocks, built without templates:
    /// markup typed in any of them must come out as text.
    @Test func structuredFieldsAreEscaped() throws {
        let x = "\"<b>x</b>\""
        let frontMatter = """
            nom: "<i>Nom</i> & co"
            numero: 4
            identite: {type: \(x), creation_note: \(x), structure: \(x), adherents: \(x), budget: \(x)}
            dynamique: {natures: [invention]}
            cycles:
              - {debut: 2001, titre: \(x), contexte: \(x), reponse: \(x), qualification: \(x), natures: [extension],
                 innovations: [{nom: \(x), description: \(x), types: [solutions], phase: emergence}]}
            pratiques:
              - {echelon: local, fonction: plaidoyer, actions: [\(x), {texte: \(x), phases: [diffusion]}]}
            modele_socio_economique:
              richesses_humaines: [{echelon: local, texte: \(x)}]
              financements: [\(x)]
              partenariats: [\(x)]
            perspectives: [\(x)]
            """
        let site = try TemporarySite(["reseaux/delta.md": "---\ntitre: Un titre\ndomaine: Un domaine\n" + frontMatter + "\n---\n"])
        let files = try site.builder().render().get()
        let html = String(decoding: files["reseaux/delta/index.html"]!, as: UTF8.self)
        #expect(!html.contains("<b>x"))
        #expect(!html.contains("<i>Nom"))
        // Each of the 17 fields above shows its markup dropped (raw HTML is off by default).
        #expect(html.components(separatedBy: "<!-- raw HTML omitted -->x<!-- raw HTML omitted -->").count - 1 == 17)
        #expect(html.contains("&lt;i&gt;Nom&lt;/i&gt; &amp; co"))
        for block in [
            "class=\"fiche\"", "class=\"grille-natures\"", "class=\"frise\"", "class=\"grille-pratiques\"",
            "class=\"modele\"", "class=\"points-cles\"",
        ] {
            #expect(html.contains(block), "\(block)")
        }
    }

    /// Booklet and synthesis pages are written as the template's text around their body; a template
    /// that places `contenu` twice, or not at all, still gets exactly what it asks for.
    @Test func pageBodyPlacedAsTheTemplateSays() throws {
        let site = try TemporarySite()
        let templates = site.root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: Paths.templates, to: templates)
        func build(_ page: String) throws -> (booklet: String, synthesis: String) {
            try page.write(to: templates.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
            let builder = SiteBuilder(
                content: site.content, templates: templates, output: site.output,
                contentDisplay: "Content", templatesDisplay: "Templates")
            try builder.build(projectRoot: site.root)
            func read(_ path: String) throws -> String {
                try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
            }
            return (try read("livret/intro/index.html"), try read("synthese/index.html"))
        }
        let once = try build("<main>{{{contenu}}}</main>\n")
        #expect(once.synthesis.hasPrefix("<main>") && once.synthesis.hasSuffix("</main>\n"))
        #expect(once.synthesis.contains("vue-phases"))
        let twice = try build("<main>{{{contenu}}}</main><aside>{{{contenu}}}</aside>\n")
        #expect(
            twice.synthesis == "<main>" + once.synthesis.dropFirst(6).dropLast(8) + "</main><aside>"
                + once.synthesis.dropFirst(6).dropLast(8) + "</aside>\n")
        let never = try build("<main>{{titre}}</main>\n")
        #expect(!never.booklet.contains("\u{E003}") && !never.synthesis.contains("\u{E003}"))
        #expect(!never.synthesis.contains("vue-phases"))
    }

    @Test func markersReplacedByByteSearch() {
        #expect(Text.replacing("\u{E002}", with: "../", in: "a\u{E002}b\u{E002}") == "a../b../")
        #expect(Text.replacing("\u{E002}", with: "../", in: "é sans marqueur") == "é sans marqueur")
        #expect(Text.replacing("\u{E002}", with: "", in: "\u{E002}") == "")
        // A character sharing the marker's first byte (EE) is left alone.
        #expect(Text.replacing("\u{E002}", with: "x", in: "\u{E001}\u{E002}\u{E003}") == "\u{E001}x\u{E003}")
    }

    @Test func internalLinksAreRelativeAndPointAtFiles() throws {
        let site = try TemporarySite()
        let files = try site.builder().render().get()
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            for match in html.matches(of: /href="([^"]*)"/) {
                let target = String(match.1)
                if target.hasPrefix("http") || target.hasPrefix("#") || target.isEmpty { continue }
                #expect(!target.hasPrefix("/"), "\(path): \(target)")
                let withoutFragment = target.split(separator: "#").first.map(String.init) ?? target
                let resolved = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
                    .appendingPathComponent(withoutFragment).standardizedFileURL.path
                let relative = String(resolved.dropFirst("/site/".count))
                #expect(files[relative] != nil, "\(path) links to missing \(target)")
            }
        }
    }
}
