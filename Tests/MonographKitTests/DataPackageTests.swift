import Foundation
import Testing

@testable import MonographCore
@testable import MonographKit
@testable import MonographRendering
@testable import MonographViews

/// The open data's tables and their description (FORMAT §8): the CSV bytes, `datapackage.json` against
/// the referentiel and the tables, and the whole package read by Frictionless, a validator that is not ours.
@Suite struct DataPackageTests {
    /// An action whose text holds what CSV must quote and HTML must escape; it has no Markdown mark, so
    /// the table gives it back exactly.
    static let hostile = "Dit \"non\", puis: a,b;c\nsuite <script>alert('x')</script> & fin"

    /// The minimal site, with the hostile action, a practice without action and a Markdown innovation.
    static func site(licence: String? = nil) throws -> TemporarySite {
        let site = try TemporarySite()
        if let licence {
            let settings = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
            try site.write("site.yml", settings + "licence: \(licence)\n")
        }
        let yaml = hostile.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
        try site.write(
            "reseaux/beta.md",
            monograph(
                """
                pratiques:
                  - echelon: local
                    fonction: plaidoyer
                  - echelon: departemental
                    fonction: ingenierie
                    actions:
                      - texte: "\(yaml)"
                        phases: [emergence]
                cycles:
                  - debut: 2001
                    titre: Un *cycle*, enfin
                    innovations:
                      - nom: "**Relais** [familles](https://exemple.org)"
                        description: "Un lieu \\"ouvert\\" à tous"
                        types: [solutions, technologique]
                """
            ).replacingOccurrences(of: "Gamma", with: "Bêta"))
        return site
    }

    static func data(_ files: [String: Data], _ path: String) throws -> Data {
        try #require(files[path], "\(path) is not written")
    }

    static func text(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try data(files, path), as: UTF8.self)
    }

    @Test func recordsQuoteWhatRFC4180Requires() {
        #expect(
            OpenData.CSV.record(["a", "b,c", "d\"e", "f\ng", "h\ri", "", "j;k <l>"])
                == "a,\"b,c\",\"d\"\"e\",\"f\ng\",\"h\ri\",,j;k <l>\r\n")
        let texts = ["", "plain", "a,b", "\"", "\"\"x\"", "x\r\ny", "\n", " space ", "«  »", "<script>alert(1)</script>", Self.hostile]
        #expect(parseCSV(OpenData.CSV.record(texts)) == [texts])
    }

    @Test func theTablesHoldOneRowPerActionAndPerInnovation() throws {
        let site = try Self.site()
        let files = try site.builder().render().get()
        #expect(
            try Self.text(files, "donnees/pratiques.csv") == """
                reseau,echelon,fonction,intensite,action,phases\r
                alpha,national,mise-en-reseau,2,Rencontres annuelles,\r
                alpha,national,mise-en-reseau,2,Appui aux projets pilotes,experimentation;modelisation\r
                alpha,regional,ingenierie,1,Formations régionales,diffusion\r
                beta,local,plaidoyer,1,,\r
                beta,departemental,ingenierie,1,"Dit ""non"", puis: a,b;c
                suite <script>alert('x')</script> & fin",emergence\r

                """)
        // Markdown marks dropped, characters as written (straight quotes, no typographic spaces).
        #expect(
            try Self.text(files, "donnees/innovations.csv") == """
                reseau,cycle_debut,cycle_titre,nom,description,types,phase\r
                alpha,1950,Premiers services,Relais,Des lieux d'accueil.,solutions,deploiement\r
                beta,2001,"Un cycle, enfin",Relais familles,"Un lieu ""ouvert"" à tous",solutions;technologique,\r

                """)
        for path in ["donnees/reseaux.csv", "donnees/pratiques.csv", "donnees/innovations.csv"] {
            let data = try #require(files[path])
            #expect(!data.starts(with: [0xEF, 0xBB, 0xBF]), "\(path) starts with a byte order mark")
            #expect(String(data: data, encoding: .utf8) != nil, "\(path) is not UTF-8")
        }
        // The pages that show the same action never let its script through.
        for (path, data) in files where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("<script>alert('x')"), "\(path) lets the script through")
        }
        #expect(try Self.text(files, "reseaux/beta/index.html").contains("Dit “non”, puis"))
        let rows = parseCSV(try Self.text(files, "donnees/pratiques.csv"))
        #expect(rows.last == ["beta", "departemental", "ingenierie", "1", Self.hostile, "emergence"])
        #expect(Set(rows.map(\.count)) == [6])
    }

    @Test func withoutNetworksTheTablesHaveTheirHeaderAlone() throws {
        let site = try TemporarySite()
        try site.remove("reseaux/alpha.md")
        try site.remove("reseaux/beta.md")
        try site.write("synthese.md", "---\ntitre: Synthèse\n---\nRien.\n")
        let files = try site.builder().render().get()
        #expect(try Self.text(files, "donnees/pratiques.csv") == "reseau,echelon,fonction,intensite,action,phases\r\n")
        #expect(try Self.text(files, "donnees/innovations.csv") == "reseau,cycle_debut,cycle_titre,nom,description,types,phase\r\n")
    }

    /// The schema follows the referentiel (here with a seventh function) and the tables' headers.
    @Test func theSchemaFollowsTheReferentielAndTheTables() throws {
        let site = try Self.site()
        let referentielURL = site.content.appendingPathComponent("referentiel.yml")
        let referentiel = try String(contentsOf: referentielURL, encoding: .utf8)
        try site.write(
            "referentiel.yml", referentiel.replacingOccurrences(of: "natures:", with: "  - id: veille\n    libelle: Veille\nnatures:"))
        let loaded = try site.load()
        #expect(loaded.referentiel.fonctions.last?.id == "veille")
        let files = try site.builder().render().get()
        let package = try #require(try JSONSerialization.jsonObject(with: Self.data(files, "donnees/datapackage.json")) as? [String: Any])
        #expect(package["name"] as? String == "site-d-essai" && package["title"] as? String == "Site d'essai")
        #expect(package["licenses"] == nil)
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(resources.map { $0["name"] as? String } == ["reseaux", "pratiques", "innovations"])
        var fields: [String: [String: [String: Any]]] = [:]
        for resource in resources {
            let name = try #require(resource["name"] as? String), path = try #require(resource["path"] as? String)
            #expect(path == name + ".csv")
            #expect(resource["format"] as? String == "csv" && resource["mediatype"] as? String == "text/csv")
            #expect(resource["encoding"] as? String == "utf-8")
            let schema = try #require(resource["schema"] as? [String: Any])
            let list = try #require(schema["fields"] as? [[String: Any]])
            let header = try #require(parseCSV(try Self.text(files, "donnees/" + path)).first)
            #expect(list.map { $0["name"] as? String } == header, "\(name): the schema's fields are not the file's columns")
            for field in list {
                #expect(((field["description"] as? String) ?? "").count > 10, "\(name).\(field["name"] ?? "?") has no description")
                #expect(["string", "integer"].contains(field["type"] as? String))
            }
            fields[name] = Dictionary(uniqueKeysWithValues: list.map { ($0["name"] as! String, $0) })
            if name == "reseaux" {
                #expect(schema["primaryKey"] as? [String] == ["slug"])
                #expect(schema["foreignKeys"] == nil)
            } else {
                let keys = try #require(schema["foreignKeys"] as? [[String: Any]])
                #expect(keys.count == 1 && keys[0]["fields"] as? [String] == ["reseau"])
                let reference = try #require(keys[0]["reference"] as? [String: Any])
                #expect(reference["resource"] as? String == "reseaux" && reference["fields"] as? [String] == ["slug"])
            }
        }
        func constraint(_ resource: String, _ field: String, _ key: String) -> Any? {
            (fields[resource]?[field]?["constraints"] as? [String: Any])?[key]
        }
        #expect(constraint("pratiques", "fonction", "enum") as? [String] == loaded.referentiel.fonctions.map(\.id))
        #expect(constraint("pratiques", "echelon", "enum") as? [String] == loaded.referentiel.echelons.map(\.id))
        #expect(constraint("innovations", "phase", "enum") as? [String] == loaded.referentiel.phases.map(\.id))
        #expect(constraint("pratiques", "intensite", "minimum") as? Int == 1 && constraint("pratiques", "intensite", "maximum") as? Int == 2)
        #expect(constraint("reseaux", "creation", "maximum") as? Int == 9999 && constraint("reseaux", "salaries_tdr", "maximum") == nil)
        let phases = loaded.referentiel.phases.map(\.id).joined(separator: "|")
        #expect(constraint("pratiques", "phases", "pattern") as? String == "(\(phases))(;(\(phases)))*")
        #expect(constraint("pratiques", "reseau", "required") as? Bool == true && constraint("pratiques", "action", "required") == nil)
        #expect(fields["reseaux"]?["creation"]?["type"] as? String == "integer")
    }

    @Test(arguments: [
        ("CC-BY-4.0", "CC-BY-4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/"),
        ("cc by 4.0", "CC-BY-4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/"),
        (
            "Licence-Ouverte-2.0", "etalab-2.0", "Licence Ouverte / Open Licence version 2.0",
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
        ),
        ("MIT", "MIT", "MIT", nil),
        ("Tous droits réservés", "tous-droits-reserves", "Tous droits réservés", nil),
    ])
    func theLicenceIsNamedForTheDataPackage(written: String, name: String, title: String, path: String?) throws {
        let site = try Self.site(licence: written)
        let files = try site.builder().render().get()
        let package = try #require(try JSONSerialization.jsonObject(with: Self.data(files, "donnees/datapackage.json")) as? [String: Any])
        let licences = try #require(package["licenses"] as? [[String: String]])
        #expect(licences == [["name": name, "title": title].merging(path.map { ["path": $0] } ?? [:]) { a, _ in a }])
        let page = try Self.text(files, "donnees/index.html")
        #expect(page.contains(path.map { "<a href=\"\($0)\">" } ?? french("Licence des textes et des données de ce site : \(title).</p>")))
    }

    /// The data page links every file it describes, and every page links it from its header and footer.
    @Test func theDataPageDescribesAndLinksEveryFile() throws {
        let site = try Self.site()
        let files = try site.builder().render().get()
        let page = try Self.text(files, "donnees/index.html")
        for file in [
            "reseaux.csv", "pratiques.csv", "innovations.csv", "datapackage.json", "reseaux.json", "synthese.json", "schema/reseau.schema.json",
        ] {
            #expect(page.contains("<a href=\"\(file)\"><code>\(file)</code></a>"), "\(file) is not linked")
            #expect(files["donnees/" + file] != nil, "\(file) is not written")
        }
        #expect(page.contains("<li><a href=\"../donnees/index.html\" aria-current=\"page\">Données</a></li>"))
        #expect(page.contains("sont à demander à l’éditeur, Site d’essai"))
        // Every footer links the data page once, rather than each file as a developer's page would.
        let home = try Self.text(files, "index.html")
        #expect(home.contains("<a href=\"donnees/index.html\">Données ouvertes</a>"))
        #expect(!home.contains("<a href=\"donnees/pratiques.csv\">"))
        #expect(try Self.text(files, "plan-du-site/index.html").contains("<a href=\"../donnees/index.html\">"))
    }

    /// Frictionless validates the package of the minimal site (with its hostile text), of the project's
    /// own content and of 50 generated monographs; a package whose rows break the schema is refused.
    @Test func frictionlessValidatesEveryPackage() throws {
        let root = try TemporarySite()
        var packages: [String: URL] = [:]
        func build(_ name: String, content: URL) throws {
            let output = root.root.appendingPathComponent(name + "-Output")
            let builder = SiteBuilder(
                content: content, templates: Paths.templates, output: output, contentDisplay: "Content", templatesDisplay: "Templates")
            _ = try builder.build(projectRoot: root.root)
            packages[name] = output.appendingPathComponent("donnees/datapackage.json")
        }
        let minimal = try Self.site(licence: "etalab-2.0")
        try build("minimal", content: minimal.content)
        try build("content", content: Paths.content)
        let generated = root.root.appendingPathComponent("generated")
        _ = try run(try generateArguments(count: 50, into: generated))
        try build("generated", content: generated.appendingPathComponent("Content"))

        // A copy of the minimal site's data whose rows break the schema: an unknown network, function and phase.
        let broken = root.root.appendingPathComponent("broken")
        try FileManager.default.copyItem(at: try #require(packages["minimal"]).deletingLastPathComponent(), to: broken)
        let practices = broken.appendingPathComponent("pratiques.csv")
        let rows = try String(contentsOf: practices, encoding: .utf8)
        try Data(
            rows.replacingOccurrences(of: "alpha,national,mise-en-reseau,2,Rencontres", with: "gamma,national,veille,2,Rencontres")
                .replacingOccurrences(of: "diffusion\r\n", with: "diffusion;essaimage\r\n").utf8
        ).write(to: practices)
        packages["broken"] = broken.appendingPathComponent("datapackage.json")

        let script = root.root.appendingPathComponent("validate.py")
        try Data(Self.script.utf8).write(to: script)
        let names = packages.keys.sorted()
        let report = try run([script.path] + names.flatMap { [$0, packages[$0]!.path] })
        let results = try #require(try JSONSerialization.jsonObject(with: report) as? [String: [String: Any]])
        for name in ["minimal", "content", "generated"] {
            let result = try #require(results[name])
            #expect(result["valid"] as? Bool == true, "\(name): \(result["errors"] ?? "")")
            #expect((result["rows"] as? [String: Int])?["reseaux"] ?? 0 > 0)
        }
        #expect((results["generated"]?["rows"] as? [String: Int])?["pratiques"] ?? 0 > 100)
        // Python's csv module reads the hostile text back as it was written.
        #expect((results["minimal"]?["actions"] as? [String])?.contains(Self.hostile) == true)
        let brokenResult = try #require(results["broken"])
        #expect(brokenResult["valid"] as? Bool == false)
        let errors = Set((brokenResult["errors"] as? [String]) ?? [])
        #expect(
            errors == [
                "pratiques foreign-key reseau 2", "pratiques constraint-error fonction 2", "pratiques constraint-error phases 4",
            ])
    }

    /// Runs the tests' Python with `arguments`; its standard output.
    private func run(_ arguments: [String]) throws -> Data {
        try runPython(arguments, modules: "frictionless")
    }

    /// Validates each named package with Frictionless; prints, for each, whether it is valid, its errors
    /// (resource, type, field, row), its row counts, and the actions of `pratiques.csv` as Python's csv reads them.
    static let script = ##"""
        import csv, json, os, sys

        try:
            import frictionless
        except ImportError as error:
            print(error, file=sys.stderr)
            sys.exit(3)

        results = {}
        arguments = sys.argv[1:]
        for name, path in zip(arguments[::2], arguments[1::2]):
            report = frictionless.validate(path)
            errors = [error.message for error in report.errors] + ["warning: " + warning for warning in report.warnings]
            rows = {}
            for task in report.tasks:
                rows[task.name] = task.stats.get("rows") or 0
                errors += ["warning: " + warning for warning in task.warnings]
                for error in task.errors:
                    field = getattr(error, "field_name", None) or ",".join(getattr(error, "field_names", None) or [])
                    errors.append(f"{task.name} {error.type} {field} {getattr(error, 'row_number', '')}")
            with open(os.path.join(os.path.dirname(path), "pratiques.csv"), encoding="utf-8", newline="") as file:
                actions = [row["action"] for row in csv.DictReader(file)]
            results[name] = {"valid": report.valid, "errors": errors, "rows": rows, "actions": actions}
        print(json.dumps(results))
        """##
}

/// Reads CSV as RFC 4180 writes it: records end with CRLF, a quoted field may hold anything, its
/// quotes doubled.
func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = [], record: [String] = [], field = "", quoted = false, atFieldStart = true
    var characters = Array(text.unicodeScalars)[...]
    while let c = characters.popFirst() {
        if quoted {
            if c == "\"" {
                if characters.first == "\"" {
                    field.unicodeScalars.append(characters.removeFirst())
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"" where atFieldStart:
            quoted = true
            atFieldStart = false
        case ",":
            record.append(field)
            field = ""
            atFieldStart = true
        case "\r" where characters.first == "\n":
            characters.removeFirst()
            record.append(field)
            records.append(record)
            (record, field, atFieldStart) = ([], "", true)
        default:
            field.unicodeScalars.append(c)
            atFieldStart = false
        }
    }
    if !record.isEmpty || !field.isEmpty { records.append(record + [field]) }
    return records
}
