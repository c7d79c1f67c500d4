import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographServe
@testable import MonographViews

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `monograph serve` on loopback: answers, picks up a change, survives a broken file and recovers.
@Suite(.serialized) struct ServeTests {
    func get(_ port: UInt16, _ path: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Waits until the server has finished a build newer than `version`.
    func waitForBuild(after version: Int, _ server: PreviewServer) async throws -> (Int, [Diagnostic]) {
        for _ in 0..<100 {
            let status = await server.status()
            if status.version > version { return status }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("no rebuild after version \(version)")
        return await server.status()
    }

    @Test func servesRebuildsSurvivesErrorsAndRecovers() async throws {
        let site = try TemporarySite()
        let server = try PreviewServer(builder: site.builder(), projectRoot: site.root, port: 0, interval: .milliseconds(50))
        let task = Task { try await server.run() }
        defer { task.cancel() }
        let port = try #require(try await server.listeningPort())

        let (status, home) = try await get(port, "/")
        #expect(status == 200)
        #expect(home.contains("Réseau Alpha"))
        #expect(home.contains("/__monograph/rechargement"))
        // The files that `build` writes never carry the reload script.
        let written = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!written.contains("<script"))
        #expect(try await get(port, "/reseaux/alpha/").0 == 200)
        #expect(try await get(port, "/rien/").0 == 404)

        // A change is picked up.
        let first = await server.status().version
        try site.write("reseaux/beta.md", monograph().replacingOccurrences(of: "Gamma", with: "Bêta renommé"))
        let afterChange = try await waitForBuild(after: first, server)
        #expect(afterChange.1.isEmpty)
        #expect(try await get(port, "/").1.contains("Bêta renommé"))

        // A broken file: the last good site stays, with the diagnostics shown.
        try site.write("reseaux/beta.md", monograph("fonction: x"))
        let broken = try await waitForBuild(after: afterChange.0, server)
        #expect(broken.1.count == 1)
        let page = try await get(port, "/")
        #expect(page.0 == 200)
        #expect(page.1.contains("Bêta renommé"))
        #expect(page.1.contains("monograph-erreurs"))
        #expect(page.1.contains("Content/reseaux/beta.md:5:1"))

        // Fixed: the panel goes away.
        try site.write("reseaux/beta.md", monograph())
        let fixed = try await waitForBuild(after: broken.0, server)
        #expect(fixed.1.isEmpty)
        #expect(!(try await get(port, "/").1.contains("monograph-erreurs")))
        await server.stop()
    }

    /// The watcher wakes on a save, and on a save inside a folder created after it started, and names
    /// what changed: the server then knows an edit touched one monograph and nothing else.
    @Test func watcherWakesOnSavesAndInNewFolders() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("monograph-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let watcher = ChangeWatcher(folders: [folder], interval: .seconds(30))
        /// What `next()` returns within two seconds after `change`, nil when it does not return.
        func wakes(after change: () throws -> Void) async throws -> ChangeWatcher.Change? {
            let waiting = Task { try await watcher.next() }
            try await Task.sleep(for: .milliseconds(50))
            try change()
            let deadline = Task {
                try await Task.sleep(for: .seconds(2))
                waiting.cancel()
            }
            defer { deadline.cancel() }
            return try? await waiting.value
        }
        let a = folder.appendingPathComponent("a.md")
        #expect(try await wakes { try Data("a".utf8).write(to: a) } == .reported([a.path]))
        let sub = folder.appendingPathComponent("livret")
        #expect(try await wakes { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) } == .reported([sub.path]))
        let b = sub.appendingPathComponent("b.md")
        #expect(try await wakes { try Data("b".utf8).write(to: b) } == .reported([b.path]))
        // A save as some editors make it: a copy written beside the file, then renamed over it.
        let copy = sub.appendingPathComponent(".b.md.tmp")
        let renamed = try await wakes {
            try Data("b2".utf8).write(to: copy)
            _ = rename(copy.path, b.path)
        }
        #expect(renamed == .reported([copy.path, b.path]))
        #expect(try await wakes {} == nil)
        // A save made before anyone waits (the server watches from before its first build) is told at
        // the first wait.
        try Data("a2".utf8).write(to: a)
        #expect(try await wakes {} == .reported([a.path]))
    }

    /// Reload messages name the pages that changed; a changed stylesheet or icon reloads every page.
    @Test func reloadMessagesNameChangedPages() {
        #expect(PreviewServer.pages(["donnees/reseaux.json", "reseaux/a/index.html", "sitemap.xml"]) == ["reseaux/a/index.html"])
        #expect(PreviewServer.pages(["assets/style.css", "reseaux/a/index.html"]) == nil)
        #expect(PreviewServer.pages((0..<300).map { "reseaux/r\($0)/index.html" }) == nil)
        #expect(LiveReload.script(version: 3).contains("var v=\"3\""))
    }

    @Test func neverServesOutsideTheOutputFolder() throws {
        let handler = StaticHandler(output: URL(fileURLWithPath: "/tmp"), state: PreviewState())
        #expect(handler.resolve("/../etc/passwd") == nil)
        #expect(handler.resolve("/%2e%2e/etc/passwd") == nil)
    }
}
