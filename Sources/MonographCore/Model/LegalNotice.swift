/// The legal notice of `site.yml` (`mentions_legales`, FORMAT §9): what LCEN article 6 asks a publisher
/// to say. Every field may be missing: the page then says so rather than inventing it.
package struct LegalNotice: Sendable, Equatable {
    /// The site's host: name, address, telephone.
    package struct Host: Sendable, Equatable {
        package var nom: String?
        package var adresse: String?
        package var telephone: String?
    }

    /// The name of the association that publishes the site.
    package var association: String?
    /// Its registered office.
    package var siege: String?
    package var telephone: String?
    package var directeurPublication: String?
    package var hebergeur: Host?
    /// The association's number in the national register (RNA), when given.
    package var rna: String?
    package var siren: String?

    package init() {}

    /// The required fields, by their `site.yml` key, with what each is, in the page's order.
    package static let required: [(key: String, meaning: String)] = [
        ("association", "le nom de l’association qui publie le site"),
        ("siege", "l’adresse du siège social de l’association"),
        ("telephone", "le téléphone de l’association"),
        ("directeur_publication", "le nom du directeur ou de la directrice de la publication"),
        ("hebergeur", "le nom, l’adresse et le téléphone de l’hébergeur"),
    ]

    /// The host's fields, by key, with what each is.
    static let hostFields: [(key: String, meaning: String)] = [
        ("nom", "le nom de l’hébergeur"),
        ("adresse", "l’adresse de l’hébergeur"),
        ("telephone", "le téléphone de l’hébergeur"),
    ]
}
