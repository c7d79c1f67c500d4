/// One entry of a reference framework: a function, a nature, a phase, a level or a kind.
public struct ReferenceItem: Sendable, Hashable {
    public init(id: String, libelle: String, description: String? = nil, objet: String? = nil, logique: String? = nil) {
        self.id = id
        self.libelle = libelle
        self.description = description
        self.objet = objet
        self.logique = logique
    }

    public var id: String
    public var libelle: String
    /// Markdown, optional.
    public var description: String?
    /// Natures only: `solutions` or `processus`.
    public var objet: String?
    /// Natures only: `nouveaute` or `adaptation`.
    public var logique: String?
}

/// The reference frameworks of `referentiel.yml`, in display order.
public struct Referentiel: Sendable {
    public var fonctions: [ReferenceItem]
    public var natures: [ReferenceItem]
    public var phases: [ReferenceItem]
    public var echelons: [ReferenceItem]
    public var types: [ReferenceItem]

    /// The framework lists in the order in which they are shown, with their keys and French titles.
    static var lists: [(key: String, title: String, keyPath: KeyPath<Referentiel, [ReferenceItem]>)] {
        [
        ("fonctions", "Les six fonctions d'une tête de réseau", \.fonctions),
        ("natures", "Les quatre natures de l'innovation", \.natures),
        ("phases", "Les cinq étapes du processus d'innovation", \.phases),
        ("echelons", "Les échelons territoriaux", \.echelons),
        ("types", "Les cinq types d'innovation", \.types),
        ]
    }

    func label(_ id: String, in keyPath: KeyPath<Referentiel, [ReferenceItem]>) -> String {
        self[keyPath: keyPath].first { $0.id == id }?.libelle ?? id
    }
}
