/// The front matter of `reseaux/<slug>.md` (FORMAT §4), declared once: every key at every level, its
/// type, whether it is required, its bounds, its description and example, and how a new monograph
/// presents it. `ContentReader`, `FrontMatterSchema`, `Skeleton` and `OpenData` derive from it; adding a
/// key here (and to the model) adds it to the schema, the skeleton and the open data.
package enum FrontMatter {
    /// The monograph's keys, in the order of FORMAT §4.
    package static let monograph = FieldGroup(
        "la monographie", of: Monograph.self,
        [
            Field(
                "nom", .text, required: true, "Nom du réseau (obligatoire).", example: .text("Familles Rurales"),
                prompt: Prompt(comment: ["Nom du réseau, tel qu'il s'affiche."], start: .networkName)
            ).read { .text($0.nom) },
            Field(
                "numero", .integer(.atLeast(0, guardedBy: 1_000_000)), "Ordre sur la page d'accueil, différent pour chaque réseau.",
                example: .integer(1),
                prompt: Prompt(comment: ["Ordre sur la page d'accueil (nombre entier, différent pour chaque réseau)."], start: .nextNumber)
            ).read { $0.numero.map(FieldValue.integer) },
            Field(
                "titre", .text, required: true, "Titre de la monographie (obligatoire).",
                example: .text("De l’invention de solutions aux innovations sur-mesure"),
                prompt: Prompt(
                    comment: ["Titre de la monographie : la formule qui résume la trajectoire d'innovation du réseau."],
                    start: .placeholder("Titre de la monographie"))
            ).read { .text($0.titre) },
            Field(
                "domaine", .text, required: true, "Domaine d'action du réseau (obligatoire).", example: .text("Lutte contre les addictions"),
                prompt: Prompt(comment: ["Domaine d'action du réseau."], start: .placeholder("Domaine du réseau"))
            ).read { .text($0.domaine) },
            Field(
                "missions", .text, "Missions du réseau.", example: .text("Représenter et accompagner les familles."),
                prompt: Prompt(comment: ["Missions du réseau (facultatif)."])
            ).read { $0.missions.map(FieldValue.text) },
            Field(
                "mise_a_jour", .date,
                "Date de la dernière mise à jour (AAAA-MM-JJ) ; sans elle, celle du dernier commit qui a modifié le fichier.",
                example: .text("2026-03-05"),
                prompt: Prompt(comment: ["Date de la dernière mise à jour, AAAA-MM-JJ (facultatif : sans elle, celle du dernier commit git)."])
            ).read { $0.lastModified.map(FieldValue.text) },
            Field(
                "identite", .group(identite), "Section 1 : carte d'identité.",
                example: .group([("type", .text("Tête de réseau nationale")), ("creation", .integer(1943))]),
                prompt: Prompt(comment: ["1. Carte d'identité."], opensSection: true)
            ).read { $0.identite.map(FieldValue.record) },
            Field(
                "dynamique", .group(dynamique), "Section 2 : dynamique d'innovation.",
                example: .group([("natures", .firstIDs(.natures, count: 2))]),
                prompt: Prompt(
                    comment: [
                        "2. Dynamique d'innovation : les natures d'innovation du réseau aujourd'hui,",
                        "parmi invention, extension, transformation, optimisation. Exemple : [invention, extension]",
                    ],
                    opensSection: true)
            ).read { $0.natures.map { .record(Dynamics(natures: $0)) } },
            Field(
                "cycles", .list(Element(.group(cycle), "Cycle d'innovation.", example: cycleExample)),
                "Section 3 : cycles d'innovation, dans l'ordre chronologique.", example: .list([cycleExample]),
                prompt: Prompt(comment: ["3. Cycles d'innovation, du plus ancien au plus récent. Exemple :"], opensSection: true)
            ).read { $0.cycles.map { .records($0) } },
            Field(
                "pratiques",
                .list(
                    Element(
                        .group(practice), "Pratique de la tête de réseau à un échelon, pour une fonction.",
                        example: practiceExample)),
                "Section 4 : pratiques au service de l'innovation.", example: .list([practiceExample]),
                prompt: Prompt(
                    comment: ["4. Pratiques au service de l'innovation : une entrée par échelon et par fonction. Exemple :"],
                    opensSection: true)
            ).read { $0.pratiques.map { .records($0) } },
            Field(
                "modele_socio_economique", .group(model), "Section 5 : modèle socio-économique de la dynamique d'innovation.",
                example: .group([("financements", .list([.text("Un fonds de dotation.")]))]),
                prompt: Prompt(comment: ["5. Modèle socio-économique de la dynamique d'innovation."], opensSection: true)
            ).read { $0.modele.map(FieldValue.record) },
            Field(
                "perspectives", .list(.text), "Section 6 : points clés et perspectives, un par ligne.",
                example: .list([.text("Renforcer les relais locaux.")]),
                prompt: Prompt(comment: ["6. Points clés et perspectives, une ligne par point."], opensSection: true)
            ).read { $0.perspectives.map(FieldValue.texts) },
            Field(
                "redaction", .sectionStates,
                "État de rédaction des sections écrites mais inachevées : « partielle » (par exemple, seuls les exemples cités par une source) ou « complete ».",
                example: .group([(SectionID.pratiques.rawValue, .text(SectionState.partielle.rawValue))]),
                prompt: Prompt(
                    comment: [
                        "État de rédaction : une section écrite mais inachevée (par exemple, seuls les exemples qu'une",
                        "source cite) se marque « partielle ». Les autres sont « à rédiger » tant qu'elles sont vides,",
                        "« complète » ensuite. Exemple :",
                    ],
                    opensSection: true, start: .commentedOut)
            ).read { m in .sectionStates(SectionID.allCases.map(m.state)) },
        ])

    /// Section 1.
    package static let identite = FieldGroup(
        "« identite »", of: Identity.self,
        [
            Field(
                "type", .text, "Type de tête de réseau.", example: .text("Tête de réseau nationale"),
                prompt: Prompt(comment: ["Type de tête de réseau, par exemple : Tête de réseau nationale."])
            ).read { $0.type.map(FieldValue.text) },
            Field(
                "creation", .integer(.year), "Année de création.", example: .integer(1943),
                prompt: Prompt(comment: ["Année de création (nombre entier, par exemple 1943)."])
            ).read { $0.creation.map(FieldValue.integer) },
            Field(
                "creation_note", .text, "Précision sur la création.", example: .text("suite à une fusion"),
                prompt: Prompt(comment: ["Précision sur la création (par exemple : suite à une fusion)."])
            ).read { $0.creationNote.map(FieldValue.text) },
            Field(
                "structure", .text, "Organisation du réseau.", example: .text("72 fédérations départementales et 10 fédérations régionales"),
                prompt: Prompt(comment: ["Organisation du réseau (fédérations, unions régionales…)."])
            ).read { $0.structure.map(FieldValue.text) },
            Field(
                "salaries_tdr", .integer(.atLeast(0, guardedBy: 100_000_000)), "Salariés de la tête de réseau.", example: .integer(25),
                prompt: Prompt(comment: ["Nombre de salariés de la tête de réseau (nombre entier)."])
            ).read { $0.salariesTdr.map(FieldValue.integer) },
            Field(
                "salaries_reseau", .integer(.atLeast(0, guardedBy: 100_000_000)), "Salariés de tout le réseau.", example: .integer(17000),
                prompt: Prompt(comment: ["Nombre de salariés de tout le réseau (nombre entier)."])
            ).read { $0.salariesReseau.map(FieldValue.integer) },
            Field(
                "adherents", .text, "Adhérents, en texte libre.", example: .text("2 200 associations adhérentes"),
                prompt: Prompt(comment: ["Adhérents, en texte libre (par exemple : 2 200 associations adhérentes)."])
            ).read { $0.adherents.map(FieldValue.text) },
            Field(
                "adherents_libelle", .text, "Le nom de la rubrique des adhérents, quand la monographie en donne un autre.",
                example: .text("Adhérents / membres"),
                prompt: Prompt(comment: ["Le nom de la rubrique des adhérents, s’il n’est pas « Adhérents » (par exemple : Adhérents / membres)."])
            ).read { $0.adherentsLibelle.map(FieldValue.text) },
            Field(
                "budget", .text, "Budget, en texte libre.", example: .text("5 M€"),
                prompt: Prompt(comment: ["Budget, en texte libre (par exemple : 5 M€)."])
            ).read { $0.budget.map(FieldValue.text) },
        ])

    /// Section 2.
    package static let dynamique = FieldGroup("« dynamique »", of: Dynamics.self, [natures.read { .texts($0.natures) }])

    /// The natures of the network today, or of one cycle.
    package static let natures = Field(
        "natures", .list(Element(.id(.natures), "Nature d'innovation (grille du RAMEAU)."), distinct: true),
        "Natures d'innovation.", example: .firstIDs(.natures, count: 2),
        prompt: Prompt(sample: "[invention, extension]"))

    /// Section 5.
    package static let model = FieldGroup(
        "« modele_socio_economique »", of: SocioEconomicModel.self,
        [
            Field(
                "richesses_humaines",
                .list(
                    Element(
                        .textOr(
                            Element(
                                .group(humanResource), "Richesse humaine à un échelon.",
                                example: .group([
                                    ("echelon", .text("national")),
                                    ("texte", .text("Une équipe dédiée.")),
                                ]))),
                        "Richesse humaine : un texte, ou un texte rattaché à un échelon.",
                        example: .text("Des équipes chargées de l’animation du réseau."))),
                "Richesses humaines.", example: .list([.text("Une équipe dédiée.")]),
                prompt: Prompt(comment: ["Richesses humaines, par échelon. Exemple :"])
            ).read { $0.richessesHumaines.map { .records($0) } },
            Field(
                "financements", .list(.text), "Financements, un par ligne.", example: .list([.text("Un fonds de dotation.")]),
                prompt: Prompt(comment: ["Financements, une ligne par source."])
            ).read { $0.financements.map(FieldValue.texts) },
            Field(
                "partenariats", .list(.text), "Partenariats, un par ligne.", example: .list([.text("Avec des acteurs publics.")]),
                prompt: Prompt(comment: ["Partenariats, une ligne par type de partenaire."])
            ).read { $0.partenariats.map(FieldValue.texts) },
        ])

    /// Human resources for innovation at one level, in section 5.
    static let humanResource = FieldGroup(
        "une richesse humaine", of: HumanResource.self,
        [
            Field("echelon", .id(.echelons), "Échelon territorial.", prompt: Prompt(sample: "national")).read { $0.echelon.map(FieldValue.text) },
            Field(
                "texte", .text, required: true, "Qui porte l'innovation.", example: .text("Des équipes chargées de l’animation du réseau."),
                prompt: Prompt(sample: "Des équipes chargées de l’animation du réseau.")
            ).read { .text($0.texte) },
        ])
}
