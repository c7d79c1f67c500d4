/// The elements of the lists of sections 3 and 4: cycles and their innovations, practices and their actions.
extension FrontMatter {
    /// One cycle of section 3.
    package static let cycle = FieldGroup(
        "un cycle", of: Cycle.self, sampleNotesColumn: 23,
        [
            Field(
                "debut", .integer(.year), required: true, "Année de début du cycle.", example: .integer(1945),
                prompt: Prompt(sample: "1945", note: "année (nombre entier)")
            ).read { .integer($0.debut) },
            Field(
                "approximatif", .boolean, "Année approximative, affichée ≈ 1945.", example: .boolean(true),
                prompt: Prompt(sample: "true", note: "affiché « ≈ 1945 »")
            ).read { .boolean($0.approximatif) },
            Field(
                "titre", .text, required: true, "Titre du cycle.", example: .text("Mise en place de solutions adaptées aux besoins des familles"),
                prompt: Prompt(sample: "Mise en place de services de proximité")
            ).read { .text($0.titre) },
            Field(
                "contexte", .text, "La situation à laquelle le réseau faisait face.", example: .text("Peu de services de proximité existaient."),
                prompt: Prompt(sample: "La situation à laquelle le réseau faisait face.")
            ).read { $0.contexte.map(FieldValue.text) },
            Field(
                "reponse", .text, "Ce que le réseau a fait.", example: .text("Le réseau crée des services ancrés dans les territoires."),
                prompt: Prompt(sample: "Ce que le réseau a fait.")
            ).read { $0.reponse.map(FieldValue.text) },
            natures.read { $0.natures.map(FieldValue.texts) },
            Field(
                "qualification", .text, "Comment l'innovation du cycle se caractérise.", example: .text("Invention de solutions."),
                prompt: Prompt(sample: "Comment l’innovation de ce cycle se caractérise.")
            ).read { $0.qualification.map(FieldValue.text) },
            Field(
                "innovations", .list(Element(.group(innovation), "Innovation remarquable.", example: innovationExample)),
                "Innovations remarquables du cycle.", example: .list([innovationExample])
            ).read { $0.innovations.map { .records($0) } },
        ])

    static let cycleExample = Example.group([("debut", .integer(1945)), ("titre", .text("Premiers services"))])

    /// A remarkable innovation of a cycle.
    package static let innovation = FieldGroup(
        "une innovation", of: Innovation.self, sampleNotesColumn: 25,
        [
            Field(
                "nom", .text, required: true, "Nom de l'innovation.", example: .text("Relais Familles"),
                prompt: Prompt(sample: "Nom de l’innovation remarquable")
            ).read { .text($0.nom) },
            Field(
                "description", .text, "Ce qu'elle est.", example: .text("Des lieux d’information et d’animation ouverts à tous."),
                prompt: Prompt(sample: "Ce qu’elle est.")
            ).read { $0.description.map(FieldValue.text) },
            Field(
                "types", .list(Element(.id(.types), "Type d'innovation."), distinct: true), "Types d'innovation.",
                example: .firstIDs(.types, count: 1), prompt: Prompt(sample: "[solutions]", note: "parmi les types du référentiel")
            ).read { $0.types.map(FieldValue.texts) },
            Field("phase", .id(.phases), "Étape du processus d'innovation.", prompt: Prompt(sample: "deploiement", note: "son étape aujourd'hui"))
                .read { $0.phase.map(FieldValue.text) },
        ])

    static let innovationExample = Example.group([("nom", .text("Relais Familles"))])

    /// One practice of section 4: the network head at one level, for one function.
    package static let practice = FieldGroup(
        "une pratique", of: Practice.self, sampleNotesColumn: 31,
        [
            Field(
                "echelon", .id(.echelons), required: true, "Échelon territorial.",
                prompt: Prompt(sample: "national", note: "national, regional, departemental, local")
            ).read { .text($0.echelon) },
            Field(
                "fonction", .id(.fonctions), required: true, "Fonction de la tête de réseau.",
                prompt: Prompt(sample: "mise-en-reseau", note: "une des six fonctions")
            ).read { .text($0.fonction) },
            Field(
                "intensite", .integer(.between(1, 2)), "1 : fonction présente (+) ; 2 : fonction dominante (++).", example: .integer(2),
                prompt: Prompt(sample: "2", note: "1 = présente (+), 2 = dominante (++)")
            ).read { $0.intensite.map(FieldValue.integer) },
            Field(
                "actions",
                .list(
                    Element(
                        .textOr(
                            Element(
                                .group(action), "Action rattachée à des étapes.",
                                example: .group([
                                    ("texte", .text("Portage de projets")),
                                    ("phases", .list([.text("experimentation")])),
                                ]))),
                        "Une action : un texte, ou un texte avec les étapes qu'il sert.",
                        example: .text("Rencontres annuelles du réseau"), sample: "Une action, en une phrase.")),
                "Actions de la pratique.", example: .list([.text("Animation des fédérations")])
            ).read { .records($0.actions) },
        ])

    static let practiceExample = Example.group([("echelon", .text("national")), ("fonction", .firstID(.fonctions, fallback: "ingenierie"))])

    /// An action of a practice, with the steps of the innovation process it serves.
    package static let action = FieldGroup(
        "une action", of: Action.self,
        [
            Field(
                "texte", .text, required: true, "Ce que fait la tête de réseau.", example: .text("Portage de projets en phase expérimentale"),
                prompt: Prompt(sample: "Une action rattachée à des étapes du processus d’innovation.")
            ).read { .text($0.texte) },
            Field(
                "phases", .list(Element(.id(.phases), "Étape du processus d'innovation."), distinct: true), "Étapes que sert l'action.",
                example: .list([.text("experimentation")]), prompt: Prompt(sample: "[experimentation]")
            ).read { .texts($0.phases) },
        ])
}
