/// One entry of a reference framework: a function, a nature, a phase, a level or a kind.
package struct ReferenceItem: Sendable, Hashable {
    package init(id: String, libelle: String, description: String? = nil, objet: String? = nil, logique: String? = nil) {
        self.id = id
        self.libelle = libelle
        self.description = description
        self.objet = objet
        self.logique = logique
    }

    package var id: String
    package var libelle: String
    /// Markdown, optional.
    package var description: String?
    /// Natures only: `solutions` or `processus`.
    package var objet: String?
    /// Natures only: `nouveaute` or `adaptation`.
    package var logique: String?
}

/// The reference frameworks of `referentiel.yml`, in display order.
public struct Referentiel: Sendable {
    package var fonctions: [ReferenceItem]
    package var natures: [ReferenceItem]
    package var phases: [ReferenceItem]
    package var echelons: [ReferenceItem]
    package var types: [ReferenceItem]

    /// The framework lists in the order in which they are shown, with their keys and French titles.
    package static var lists: [(key: String, title: String, keyPath: KeyPath<Referentiel, [ReferenceItem]>)] {
        [
            ("fonctions", "Les six fonctions d’une tête de réseau", \.fonctions),
            ("natures", "Les quatre natures de l’innovation", \.natures),
            ("phases", "Les cinq étapes du processus d’innovation", \.phases),
            ("echelons", "Les échelons territoriaux", \.echelons),
            ("types", "Les cinq types d’innovation", \.types),
        ]
    }

    package func label(_ id: String, in keyPath: KeyPath<Referentiel, [ReferenceItem]>) -> String {
        self[keyPath: keyPath].first { $0.id == id }?.libelle ?? id
    }
}
