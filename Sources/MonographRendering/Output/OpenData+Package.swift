import MonographCore
import MonographViews

/// `datapackage.json` (FORMAT §8): a Frictionless tabular Data Package describing every CSV table,
/// each with its Table Schema (a typed, described field per column; the referentiel's ids as `enum` or,
/// for lists joined with « ; », as a `pattern`; every `reseau` a foreign key to `reseaux.csv`).
extension OpenData {
    static func dataPackage(settings: SiteSettings, referentiel: Referentiel) -> String {
        let name = Text.slug(settings.titre)
        var package: [(String, JSONValue)] = [
            ("profile", .string("tabular-data-package")),
            ("name", .string(name.isEmpty ? "donnees" : name)),
            ("title", .string(settings.titre)),
        ]
        if let subtitle = settings.sousTitre { package.append(("description", .string(subtitle))) }
        if let url = settings.url { package.append(("homepage", .string(url + "donnees/index.html"))) }
        if let licence = settings.licence { package.append(("licenses", .array([Licence(licence).json]))) }
        package.append(("contributors", .array([.object([("title", .string(settings.publisher)), ("role", .string("publisher"))])])))
        package.append(("resources", .array(Table.all.map { resource($0, referentiel) })))
        return JSONValue.object(package).serialized()
    }

    private static func resource(_ table: Table, _ referentiel: Referentiel) -> JSONValue {
        var schema: [(String, JSONValue)] = [
            ("fields", .array(table.columns.map { field($0, referentiel) })),
            ("missingValues", .strings([""])),
        ]
        if let key = table.primaryKey { schema.append(("primaryKey", .strings([key]))) }
        if table.refersToNetworks {
            let reference = JSONValue.object([("resource", .string(Table.reseaux.name)), ("fields", .strings(["slug"]))])
            schema.append(("foreignKeys", .array([.object([("fields", .strings([Column.network.name])), ("reference", reference)])])))
        }
        return .object([
            ("name", .string(table.name)),
            ("path", .string(table.path)),
            ("profile", .string("tabular-data-resource")),
            ("title", .string(table.title)),
            ("description", .string(FrenchTypography.text(table.description))),
            ("format", .string("csv")),
            ("mediatype", .string("text/csv")),
            ("encoding", .string("utf-8")),
            (
                "dialect",
                .object([
                    ("delimiter", .string(",")), ("lineTerminator", .string("\r\n")), ("quoteChar", .string("\"")),
                    ("doubleQuote", .bool(true)), ("header", .bool(true)),
                ])
            ),
            ("schema", .object(schema)),
        ])
    }

    /// A column as a Table Schema field. The ids of a column come from the referentiel: an id column
    /// admits them as an `enum`, a list column as a `pattern` (one id, then « ; » and another, any number of
    /// times); an empty cell is a missing value, which only `required` forbids.
    private static func field(_ column: Column, _ referentiel: Referentiel) -> JSONValue {
        var type = "string", description = column.description
        var constraints: [(String, JSONValue)] = column.isRequired ? [("required", .bool(true))] : []
        switch column.kind {
        case .text:
            break
        case .integer(let bounds):
            type = "integer"
            constraints.append(("minimum", .int(bounds.range.lowerBound)))
            if bounds.publishesMaximum { constraints.append(("maximum", .int(bounds.range.upperBound))) }
        case .id(let list):
            description += " Un identifiant de la liste « \(list) » du référentiel."
            let ids = referentiel[keyPath: list.keyPath].map(\.id)
            if !ids.isEmpty { constraints.append(("enum", .strings(ids))) }
        case .ids(let list):
            description += " Des identifiants de la liste « \(list) » du référentiel, séparés par « ; »."
            let ids = referentiel[keyPath: list.keyPath].map(\.id)
            if !ids.isEmpty {
                let one = "(" + ids.joined(separator: "|") + ")"
                constraints.append(("pattern", .string(one + "(;" + one + ")*")))
            }
        }
        return .object(
            [("name", .string(column.name)), ("type", .string(type)), ("description", .string(FrenchTypography.text(description)))]
                + (constraints.isEmpty ? [] : [("constraints", .object(constraints))]))
    }
}
