import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The JSON Schema of `monograph schema` against the reader: the schema accepts every monograph the
/// reader accepts and rejects what the reader rejects, on real monographs, fixtures, a new skeleton
/// and monographs written from the declaration (so that a new key is covered as soon as it is declared).
/// The schema is applied by Python's `jsonschema`, which `make test-deps` installs.
@Suite struct SchemaTests {
    @Test func acceptsEveryMonographTheReaderAccepts() throws {
        let referentiel = try Self.referentiel()
        var monographs: [(name: String, text: String)] = []
        for folder in [Paths.content, Paths.fixtures.appendingPathComponent("minimal/Content")] {
            let reseaux = folder.appendingPathComponent("reseaux")
            for file in try FileManager.default.contentsOfDirectory(atPath: reseaux.path).sorted() where file.hasSuffix(".md") {
                monographs.append(
                    (
                        reseaux.appendingPathComponent(file).path,
                        try String(contentsOf: reseaux.appendingPathComponent(file), encoding: .utf8)
                    ))
            }
        }
        let site = try TemporarySite()
        let skeleton = try Skeleton.create(name: "Réseau d'essai du schéma", content: site.content)
        monographs.append(("a new skeleton", try String(contentsOf: skeleton, encoding: .utf8)))
        for variant in 0...1 {
            monographs.append(
                (
                    "every key, variant \(variant)",
                    DeclaredFields.monograph(DeclaredFields.full(FrontMatter.monograph, variant: variant, referentiel))
                ))
            for path in DeclaredFields.paths {
                let value = DeclaredFields.value(path.field.type, example: path.field.example, variant: variant, referentiel)
                monographs.append(("\(path), variant \(variant)", DeclaredFields.monograph(path.frontMatter(setting: value, referentiel))))
            }
        }
        for monograph in monographs {
            let diagnostics = SingleFileCheck.monograph(Array(monograph.text.utf8), referentiel: referentiel).diagnostics
            #expect(diagnostics.isEmpty, "\(monograph.name): rejected by the reader: \(diagnostics.map(\.message))")
        }
        let errors = try SchemaValidator.errors(of: monographs, schema: FrontMatterSchema.json(referentiel: referentiel))
        for (monograph, errors) in zip(monographs, errors) {
            #expect(errors.isEmpty, "\(monograph.name): rejected by the schema: \(errors)")
        }
    }

    @Test func rejectsWhatTheReaderRejects() throws {
        let referentiel = try Self.referentiel()
        var monographs: [(name: String, text: String)] = []
        let bad = Paths.fixtures.appendingPathComponent("bad")
        for file in try FileManager.default.contentsOfDirectory(atPath: bad.path).sorted() where file.hasSuffix(".md") {
            monographs.append((bad.appendingPathComponent(file).path, try String(contentsOf: bad.appendingPathComponent(file), encoding: .utf8)))
        }
        for (name, frontMatter) in Self.mistakes(referentiel) {
            monographs.append((name, DeclaredFields.monograph(frontMatter)))
        }
        for monograph in monographs {
            let diagnostics = SingleFileCheck.monograph(Array(monograph.text.utf8), referentiel: referentiel).diagnostics
            #expect(!diagnostics.isEmpty, "\(monograph.name): accepted by the reader")
        }
        let errors = try SchemaValidator.errors(of: monographs, schema: FrontMatterSchema.json(referentiel: referentiel))
        for (monograph, errors) in zip(monographs, errors) {
            #expect(!errors.isEmpty, "\(monograph.name): accepted by the schema, rejected by the reader")
        }
    }

    /// A mistake on every declared key: an unknown key in every dictionary, every required key left
    /// out, values of the wrong kind, integers out of bounds, unknown and repeated ids.
    private static func mistakes(_ r: Referentiel) -> [(String, [(String, JSONValue)])] {
        var mistakes: [(String, [(String, JSONValue)])] = []
        for path in DeclaredFields.dictionaries {
            mistakes.append(("an unknown key in \(path)", path.frontMatter(adding: ("cle_inconnue", .string("partielle")), r)))
        }
        for path in DeclaredFields.paths {
            let field = path.field
            func wrong(_ what: String, _ value: JSONValue) {
                mistakes.append(("\(path): \(what)", path.frontMatter(setting: value, r)))
            }
            if field.isRequired { mistakes.append(("\(path) left out", path.frontMatterWithoutRequiredKey(r))) }
            switch field.type {
            case .text: wrong("a list", .strings(["un texte"]))
            case .integer(let bounds):
                wrong("a text", .string("mille"))
                wrong("below the minimum", .int(bounds.range.lowerBound - 1))
                if bounds.publishesMaximum { wrong("above the maximum", .int(bounds.range.upperBound + 1)) }
            case .boolean: wrong("a text", .string("peut-être"))
            case .date: wrong("a date written the French way", .string("5 mars 2026"))
            case .id: wrong("an unknown id", .string("inconnu"))
            case .group, .sectionStates: wrong("a text", .string("un texte"))
            case .textOr: break
            case .list(let element, let distinct):
                wrong("a text", .string("une seule phrase"))
                if case .id(let list) = element.type {
                    wrong("an unknown id", .strings(["inconnu"]))
                    if distinct, let first = r[keyPath: list.keyPath].first?.id { wrong("an id twice", .strings([first, first])) }
                }
            }
        }
        return mistakes
    }

    private static func referentiel() throws -> Referentiel {
        try ContentLoader(root: Paths.content, displayRoot: "Content").loadReferentiel().get()
    }
}

/// Applies a JSON Schema to the front matter of monographs with Python's `jsonschema`, in one process.
enum SchemaValidator {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The schema's errors for each monograph, in order; throws when Python or its modules are missing.
    static func errors(of monographs: [(name: String, text: String)], schema: String) throws -> [[String]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("monograph-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(script.utf8).write(to: folder.appendingPathComponent("validate.py"))
        try Data(schema.utf8).write(to: folder.appendingPathComponent("schema.json"))
        var files: [String] = []
        for (index, monograph) in monographs.enumerated() {
            let file = folder.appendingPathComponent("\(index).md")
            try Data(monograph.text.utf8).write(to: file)
            files.append(file.path)
        }
        let output = try runPython(
            [folder.appendingPathComponent("validate.py").path, folder.appendingPathComponent("schema.json").path] + files,
            modules: "jsonschema pyyaml")
        let results = try JSONSerialization.jsonObject(with: output) as? [String: [String]] ?? [:]
        return try files.map { file in
            guard let errors = results[file] else { throw Failure(description: "no result for \(file)") }
            return errors
        }
    }

    /// Reads each file's front matter as YAML, then prints a JSON object: path → the schema's error messages.
    private static let script = #"""
        import json, sys

        try:
            import jsonschema
            import yaml
        except ImportError as error:
            print(f"The Python module {error.name} is missing.", file=sys.stderr)
            sys.exit(3)


        def front_matter(path):
            text = open(path, encoding="utf-8-sig").read().replace("\r\n", "\n")
            if not text.startswith("---\n"):
                return None
            end = text.find("\n---", 3)
            return yaml.safe_load(text[4:end + 1]) if end >= 0 else None


        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        results = {path: [error.message for error in validator.iter_errors(front_matter(path))] for path in sys.argv[2:]}
        print(json.dumps(results, ensure_ascii=False))
        """#
}
