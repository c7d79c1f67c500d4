import MonographCore
import MonographViews

/// The CSV tables of the open data, declared once: the writers take their headers from here and
/// `datapackage.json` describes them from the same declaration (FORMAT §8).
extension OpenData {
    struct Table: Sendable {
        /// The resource's name in `datapackage.json`, and the file's name without `.csv`.
        let name: String
        let title: String
        let description: String
        let columns: [Column]
        /// The column whose values tell the rows apart (`slug` of `reseaux.csv`).
        let primaryKey: String?
        /// Whether the `reseau` column names a row of `reseaux.csv` (by its `slug`).
        let refersToNetworks: Bool

        var path: String { name + ".csv" }
        var header: [String] { columns.map(\.name) }

        /// Every table, in the order of `datapackage.json`: the networks first, which the others refer to.
        static let all = [reseaux, pratiques, innovations]

        /// One row per network: slug, name, then every declared key of `identite`.
        static let reseaux = Table(
            name: "reseaux", title: "Réseaux",
            description: "Une ligne par réseau : son identifiant, son nom et sa carte d’identité, dont les textes sont tels que la "
                + "monographie les écrit (Markdown possible).",
            columns: [
                Column("slug", .text, required: true, "Identifiant du réseau : le nom du fichier de sa monographie et de sa page (reseaux/<slug>/)."),
                Column("nom", .text, required: true, "Nom du réseau."),
            ] + FrontMatter.identite.fields.map { Column($0) },
            primaryKey: "slug", refersToNetworks: false)

        /// One row per action; a practice without action has one row whose `action` is empty.
        static let pratiques = Table(
            name: "pratiques", title: "Pratiques",
            description: "Une ligne par action : le réseau, l’échelon et la fonction de la pratique, son intensité, le texte de "
                + "l’action et les étapes du processus d’innovation qu’elle sert. Une pratique sans action a une ligne dont l’action est vide.",
            columns: [
                .network,
                Column(FrontMatter.practice.field("echelon"), "Échelon territorial de la pratique."),
                Column(FrontMatter.practice.field("fonction"), "Fonction de la tête de réseau que la pratique exerce."),
                Column(
                    FrontMatter.practice.field("intensite"),
                    "Intensité de la fonction à cet échelon : 1, présente (+), valeur donnée quand la monographie ne la précise pas ; "
                        + "2, dominante (++).", required: true),
                Column("action", .text, "Texte de l’action, sans mise en forme ; vide pour une pratique sans action."),
                Column(FrontMatter.action.field("phases"), "Étapes du processus d’innovation que sert l’action ; vide quand aucune."),
            ],
            primaryKey: nil, refersToNetworks: true)

        /// One row per remarkable innovation, with its cycle.
        static let innovations = Table(
            name: "innovations", title: "Innovations remarquables",
            description: "Une ligne par innovation remarquable : le réseau, l’année de début et le titre du cycle qui la porte, son "
                + "nom, sa description, ses types et son étape dans le processus d’innovation.",
            columns: [
                .network,
                Column(FrontMatter.cycle.field("debut"), "Année de début du cycle d’innovation.", name: "cycle_debut"),
                Column(FrontMatter.cycle.field("titre"), "Titre du cycle d’innovation, sans mise en forme.", name: "cycle_titre"),
                Column(FrontMatter.innovation.field("nom"), "Nom de l’innovation, sans mise en forme."),
                Column(FrontMatter.innovation.field("description"), "Description de l’innovation, sans mise en forme."),
                Column(FrontMatter.innovation.field("types"), "Types d’innovation ; vide quand la monographie n’en donne pas."),
                Column(FrontMatter.innovation.field("phase"), "Étape du processus d’innovation où en est l’innovation aujourd’hui."),
            ],
            primaryKey: nil, refersToNetworks: true)
    }

    /// A column of a table: its name, what its cells hold, whether every row fills it, what it means.
    struct Column: Sendable {
        enum Kind: Sendable {
            case text
            case integer(IntegerBounds)
            /// An id of a list of the referentiel.
            case id(ReferentielList)
            /// Ids of a list of the referentiel, joined with « ; ».
            case ids(ReferentielList)
        }

        let name: String
        let kind: Kind
        let isRequired: Bool
        /// In French, for whoever reads the data.
        let description: String

        init(_ name: String, _ kind: Kind, required: Bool = false, _ description: String) {
            self.name = name
            self.kind = kind
            isRequired = required
            self.description = description
        }

        /// The column of a declared key: its type and bounds come from the declaration, its description
        /// (the declaration's when none is given) says what the cell holds.
        init(_ field: Field, _ description: String? = nil, name: String? = nil, required: Bool? = nil) {
            let kind: Kind
            switch field.type {
            case .text: kind = .text
            case .integer(let bounds): kind = .integer(bounds)
            case .id(let list): kind = .id(list)
            case .list(let element, _):
                guard case .id(let list) = element.type else { preconditionFailure("« \(field.key) » is not a list of ids") }
                kind = .ids(list)
            default: preconditionFailure("« \(field.key) » has no column type")
            }
            self.init(name ?? field.key, kind, required: required ?? field.isRequired, description ?? field.description)
        }

        /// The network a row belongs to.
        static let network = Column("reseau", .text, required: true, "Identifiant du réseau : la colonne slug de reseaux.csv.")
    }
}
