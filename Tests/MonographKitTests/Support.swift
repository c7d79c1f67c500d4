import Foundation

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// Paths of the test sources, fixtures and snapshots, found from this file's location.
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let snapshots = tests.appendingPathComponent("Snapshots")
    static let package = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let templates = package.appendingPathComponent("Templates")
    static let content = package.appendingPathComponent("Content")

    /// The `monograph` executable built next to the test bundle.
    static var executable: URL {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            bundleFolder.appendingPathComponent("monograph"),
            bundleFolder.deletingLastPathComponent().appendingPathComponent("monograph"),
            package.appendingPathComponent(".build/debug/monograph"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }
}

/// A throwaway folder with a content tree written from a dictionary (relative path → text).
final class TemporarySite {
    let root: URL

    init(_ files: [String: String] = [:], copying fixture: String? = "minimal") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("monograph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if let fixture {
            try FileManager.default.copyItem(
                at: Paths.fixtures.appendingPathComponent(fixture).appendingPathComponent("Content"),
                to: content)
        } else {
            try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        }
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var content: URL { root.appendingPathComponent("Content") }
    var output: URL { root.appendingPathComponent("Output") }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: content.appendingPathComponent(path))
    }

    /// Loads the content; the diagnostics as `path:line:col: error: message` strings with `Content/` paths.
    func diagnostics() -> [String] {
        switch ContentLoader(root: content, displayRoot: "Content").load() {
        case .success: return []
        case .failure(let errors): return errors.diagnostics.map(\.description)
        }
    }

    func load() throws -> Site {
        try ContentLoader(root: content, displayRoot: "Content").load().get()
    }

    func builder(output: URL? = nil) -> SiteBuilder {
        SiteBuilder(
            content: content, templates: Paths.templates, output: output ?? self.output, contentDisplay: "Content", templatesDisplay: "Templates")
    }
}

/// Every regular file under `folder`, relative path → bytes.
func fileTree(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
    for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        result[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = FileManager.default.contents(atPath: url.path)
    }
    return result
}

/// A minimal valid monograph with the given extra front-matter lines and body.
func monograph(_ frontMatter: String = "", body: String = "") -> String {
    "---\nnom: Gamma\ntitre: Un titre\ndomaine: Un domaine\n" + frontMatter + (frontMatter.isEmpty || frontMatter.hasSuffix("\n") ? "" : "\n")
        + "---\n" + body
}

/// A Python check that could not run or failed, with what it printed and, when a module is missing, how
/// to install it.
struct PythonFailure: Error, CustomStringConvertible {
    let description: String
}

/// The arguments that run `bench/generate.py` for `count` monographs into `folder`, from the project's
/// content, with the format read from a schema written here, as `monograph schema` writes it: the
/// tests need no built program.
func generateArguments(count: Int, into folder: URL) throws -> [String] {
    let referentiel = try ContentLoader(root: Paths.content, displayRoot: "Content").loadReferentiel().get()
    let schema = folder.appendingPathComponent("reseau.schema.json")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FrontMatterSchema.json(referentiel: referentiel).write(to: schema, atomically: true, encoding: .utf8)
    return [
        Paths.package.appendingPathComponent("bench/generate.py").path, "--count", String(count), "--out", folder.path, "--source",
        Paths.content.path, "--schema", schema.path,
    ]
}

/// The Python of the tests: `.venv-test/`'s, where `make test-deps` installs the modules they need
/// (tools/test-requirements.txt), else the machine's `python3`.
let testPython: [String] = {
    let venv = Paths.package.appendingPathComponent(".venv-test/bin/python3").path
    return FileManager.default.isExecutableFile(atPath: venv) ? [venv] : ["/usr/bin/env", "python3"]
}()

/// Runs the tests' Python with `arguments` (a script and its inputs) and returns its standard output.
/// The scripts exit with status 3 when a module they need is missing: the failure then names the
/// `modules` that `make test-deps` installs.
func runPython(_ arguments: [String], modules: String) throws -> Data {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("monograph-python-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("out"), messages = folder.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    _ = FileManager.default.createFile(atPath: messages.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: testPython[0])
    process.arguments = Array(testPython.dropFirst()) + arguments
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = try FileHandle(forWritingTo: messages)
    try process.run()
    process.waitUntilExit()
    let stderr = (try? String(contentsOf: messages, encoding: .utf8)) ?? ""
    let script = URL(fileURLWithPath: arguments.first ?? "").lastPathComponent
    switch process.terminationStatus {
    case 0: return try Data(contentsOf: output)
    case 127: throw PythonFailure(description: "python3 is not installed: install it, then run `make test-deps` (\(stderr))")
    case 3: throw PythonFailure(description: stderr + " Run `make test-deps` (it installs \(modules) into .venv-test/).")
    default: throw PythonFailure(description: "python3 \(script) failed (status \(process.terminationStatus)): \(stderr)")
    }
}

/// `text` as the generator sets its own sentences (narrow no-break spaces before « : ; ! ? » and after
/// « «, curly apostrophes): what a page shows, for tests that look for a sentence of the generator.
func french(_ text: String) -> String { FrenchTypography.html(text) }
