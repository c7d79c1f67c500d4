import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// An incremental rebuild after one key of a monograph changes gives the output of a full build, for
/// every declared key (`FrontMatter`) and every computed view: a key the incremental engine ignored
/// would leave a page, an open-data file or a view stale.
@Suite struct IncrementalFieldTests {
    /// Alpha's key at the end of `path` is set, changed, then removed (when it may be), while Bêta's
    /// body places every view, so that every page and file that shows the key is rebuilt.
    @Test(arguments: DeclaredFields.paths)
    func aChangedKeyRebuildsLikeAFullBuild(path: FieldPath) throws {
        let site = try TemporarySite()
        let referentiel = try site.load().referentiel
        try site.write("reseaux/beta.md", Self.beta(placing: ViewID.allCases))
        let state = IncrementalState()
        try site.builder().rebuild(projectRoot: site.root, state: state)
        func step(_ name: String, _ value: JSONValue?) throws {
            try site.write("reseaux/alpha.md", DeclaredFields.monograph(path.frontMatter(setting: value, referentiel), body: Self.alphaBody))
            try site.builder().rebuild(projectRoot: site.root, state: state)
            try Self.expectSameAsFullBuild(site, "\(path) \(name)")
        }
        let field = path.field
        if !field.isRequired { try step("absent", nil) }
        try step("set", DeclaredFields.value(field.type, example: field.example, variant: 0, referentiel))
        try step("changed", DeclaredFields.value(field.type, example: field.example, variant: 1, referentiel))
        if !field.isRequired { try step("removed", nil) }
    }

    /// A view placed in Bêta's body follows every key of Alpha: all set, all changed, then the view removed.
    @Test(arguments: ViewID.allCases)
    func aPlacedViewFollowsEveryKey(view: ViewID) throws {
        let site = try TemporarySite()
        let referentiel = try site.load().referentiel
        let state = IncrementalState()
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try site.write("reseaux/beta.md", Self.beta(placing: [view]))
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try Self.expectSameAsFullBuild(site, "\(view.rawValue) placed")
        for variant in 0...1 {
            try site.write(
                "reseaux/alpha.md",
                DeclaredFields.monograph(
                    DeclaredFields.full(FrontMatter.monograph, variant: variant, referentiel),
                    body: Self.alphaBody))
            try site.builder().rebuild(projectRoot: site.root, state: state)
            try Self.expectSameAsFullBuild(site, "\(view.rawValue), every key of alpha, variant \(variant)")
        }
        try site.write("reseaux/beta.md", Self.beta(placing: []))
        try site.builder().rebuild(projectRoot: site.root, state: state)
        try Self.expectSameAsFullBuild(site, "\(view.rawValue) removed")
    }

    private static let alphaBody = "Un réseau.\n\n## Points clés et perspectives\n\nDu texte.\n"

    /// Bêta, the fixture's monograph with nothing but its required keys, placing `views` in its body.
    private static func beta(placing views: [ViewID]) -> String {
        "---\nnom: Bêta\ntitre: Un réseau encore à décrire\ndomaine: Environnement\n---\n## Dynamique d'innovation\n\nDu texte.\n"
            + views.map { "\n```vue \($0.rawValue)\n```\n" }.joined()
    }

    /// The output folder equals a full build of the same content, folders and files.
    private static func expectSameAsFullBuild(_ site: TemporarySite, _ step: String) throws {
        let fresh = try TemporarySite()
        try FileManager.default.removeItem(at: fresh.content)
        try FileManager.default.copyItem(at: site.content, to: fresh.content)
        try fresh.builder().build(projectRoot: fresh.root)
        let (incremental, full) = (tree(site.output), tree(fresh.output))
        #expect(Set(incremental.keys) == Set(full.keys), "\(step): \(Set(incremental.keys).symmetricDifference(full.keys).sorted())")
        for (path, data) in full.sorted(by: { $0.key < $1.key }) where incremental[path].map({ $0 != data }) == true {
            Issue.record("\(step): \(path) differs from a full build")
        }
    }

    /// Every file (with its bytes) and every folder (with nil) under `folder`, by relative path.
    private static func tree(_ folder: URL) -> [String: Data?] {
        var result: [String: Data?] = [:]
        let base = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey])
        while let url = enumerator?.nextObject() as? URL {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            let isFolder = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
            result[relative] = isFolder ? Data?.none : FileManager.default.contents(atPath: url.path)
        }
        return result
    }
}
