import MonographCore
import MonographViews

/// `catalogue.jsonld` (FORMAT §9): a DCAT-AP catalog of the open data, in JSON-LD, that data portals such as
/// data.gouv.fr harvest. One dataset, with a distribution per CSV and JSON file of `donnees/`. Its addresses
/// are absolute when the site has one (`url`), else relative, resolved against the catalog itself.
extension OpenData {
    /// A file of `donnees/` as the catalog describes it.
    struct Distribution {
        /// From `donnees/`.
        let path: String
        let title: String
        let description: String
        let mediaType: String
        /// The file type in the EU vocabulary (`CSV`, `JSON`).
        let format: String
    }

    /// Every CSV and JSON file of `donnees/`, in the order the data page gives them.
    static var distributions: [Distribution] {
        Table.all.map {
            Distribution(path: $0.path, title: $0.title + " (CSV)", description: $0.description, mediaType: "text/csv", format: "CSV")
        } + [
            Distribution(
                path: "datapackage.json", title: "Description des tableaux (Data Package)",
                description: "La description des trois tableaux au format Data Package de Frictionless Data : chaque colonne, son "
                    + "type, sa signification et les identifiants qu’elle admet.", mediaType: "application/json", format: "JSON"),
            Distribution(
                path: "reseaux.json", title: "Monographies (JSON)",
                description: "Toutes les monographies, avec chacune de leurs métadonnées et l’état de rédaction de chaque section.",
                mediaType: "application/json", format: "JSON"),
            Distribution(
                path: "synthese.json", title: "Synthèse (JSON)",
                description: "Les chiffres de chaque vue calculée de la synthèse, et les réseaux sur lesquels chacune repose.",
                mediaType: "application/json", format: "JSON"),
            Distribution(
                path: "schema/reseau.schema.json", title: "Schéma des métadonnées d’une monographie (JSON Schema)",
                description: "Le schéma JSON des métadonnées d’une monographie, avec les identifiants du référentiel.",
                mediaType: "application/json", format: "JSON"),
        ]
    }

    /// The date of the data's last update, which the catalog gives as `dct:modified` and the data page in
    /// the attribution: the newest date of last change of a monograph or a booklet page (FORMAT §9), else
    /// the collection's publication date. This is the one place where it is chosen.
    static func lastUpdate(_ site: Site) -> String? {
        (site.monographs.compactMap(\.lastModified) + site.booklet.compactMap(\.lastModified)).max() ?? site.settings.datePublication
    }

    /// `donnees/catalogue.jsonld`, its datasets modified on `modified` (`lastUpdate`) when known.
    static func catalog(settings: SiteSettings, modified: String?) -> String {
        // Relative IRIs resolve against the catalog's own address, in `donnees/`.
        let base = settings.url.map { $0 + "donnees/" } ?? ""
        func iri(_ path: String) -> JSONValue { .object([("@id", .string(base + path))]) }
        func absolute(_ address: String) -> JSONValue { .object([("@id", .string(address))]) }
        let own = "catalogue.jsonld"
        let quoted = "\u{AB}\u{202F}\(settings.titre)\u{202F}\u{BB}"
        var licence: JSONValue?
        if let written = settings.licence {
            let known = Licence(written)
            licence =
                known.path.map(absolute)
                ?? .object([("@type", .string("dct:LicenseDocument")), ("dct:title", .string(known.title))])
        }
        let modified = modified.map { JSONValue.object([("@value", .string($0)), ("@type", .string("xsd:date"))]) }
        let publisher = JSONValue.object([
            ("@id", .string(base + own + "#editeur")), ("@type", .string("foaf:Agent")), ("foaf:name", .string(settings.publisher)),
        ])
        let language: [(String, JSONValue)] =
            settings.langue == "fr" ? [("dct:language", absolute("http://publications.europa.eu/resource/authority/language/FRA"))] : []
        func common() -> [(String, JSONValue)] {
            (licence.map { [("dct:license", $0)] } ?? []) + (modified.map { [("dct:modified", $0)] } ?? [])
        }
        let distributions = distributions.map { file in
            JSONValue.object(
                [
                    ("@id", .string(base + own + "#" + Text.slug(file.path))),
                    ("@type", .string("dcat:Distribution")),
                    ("dct:title", .string(FrenchTypography.text(file.title))),
                    ("dct:description", .string(FrenchTypography.text(file.description))),
                    ("dcat:mediaType", absolute("http://www.iana.org/assignments/media-types/" + file.mediaType)),
                    ("dct:format", absolute("http://publications.europa.eu/resource/authority/file-type/" + file.format)),
                    ("dcat:accessURL", iri(file.path)),
                    ("dcat:downloadURL", iri(file.path)),
                ] + common())
        }
        let dataset = JSONValue.object(
            [
                ("@id", .string(base + own + "#donnees")),
                ("@type", .string("dcat:Dataset")),
                ("dct:title", .string(FrenchTypography.text(settings.titre + " : données ouvertes"))),
                (
                    "dct:description",
                    .string(
                        FrenchTypography.text(
                            "Les monographies de la collection \(quoted) en données ouvertes : cartes d’identité, pratiques et "
                                + "innovations remarquables des réseaux en tableaux CSV, monographies complètes et chiffres de la "
                                + "synthèse en JSON."))
                ),
                ("dct:publisher", publisher),
                ("dcat:landingPage", iri("index.html")),
            ] + language + common() + [("dcat:distribution", .array(distributions))])
        let catalog: [(String, JSONValue)] =
            [
                (
                    "@context",
                    .object([
                        ("@language", .string(settings.langue)),
                        ("dcat", .string("http://www.w3.org/ns/dcat#")),
                        ("dct", .string("http://purl.org/dc/terms/")),
                        ("foaf", .string("http://xmlns.com/foaf/0.1/")),
                        ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
                    ])
                ),
                ("@id", .string(base + own)),
                ("@type", .string("dcat:Catalog")),
                ("dct:title", .string(settings.titre)),
                ("dct:description", .string("Le catalogue des données ouvertes du site \(quoted).")),
                ("dct:publisher", publisher),
                ("foaf:homepage", settings.url.map(absolute) ?? iri("../index.html")),
            ] + language + common() + [("dcat:dataset", .array([dataset]))]
        return JSONValue.object(catalog).serialized()
    }
}
