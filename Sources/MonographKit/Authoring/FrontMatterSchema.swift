/// The JSON Schema (draft 2020-12) of a monograph's front matter, generated from the referentiel:
/// ids as enums, French descriptions and examples on every key, no extra keys allowed.
public enum FrontMatterSchema {
    public static func json(referentiel: Referentiel) -> String {
        value(referentiel: referentiel).serialized()
    }

    static func value(referentiel r: Referentiel) -> JSONValue {
        func ids(_ items: [ReferenceItem]) -> JSONValue { .strings(items.map(\.id)) }
        func text(_ description: String, _ examples: [String]) -> JSONValue {
            // Numbers and booleans are read as text too, as `check` does.
            .object([("type", .strings(["string", "number", "boolean"])), ("description", .string(description)),
                     ("examples", .strings(examples))])
        }
        func integer(_ description: String, _ example: Int, minimum: Int? = nil, maximum: Int? = nil) -> JSONValue {
            var pairs: [(String, JSONValue)] = [("type", .string("integer")), ("description", .string(description))]
            if let minimum { pairs.append(("minimum", .int(minimum))) }
            if let maximum { pairs.append(("maximum", .int(maximum))) }
            pairs.append(("examples", .array([.int(example)])))
            return .object(pairs)
        }
        func nullable(_ schema: JSONValue) -> JSONValue {
            // An empty value (`cle:`) is accepted and ignored, as `check` does.
            .object([("anyOf", .array([schema, .object([("type", .string("null"))])]))])
        }
        func enumeration(_ description: String, _ items: [ReferenceItem]) -> JSONValue {
            .object([("type", .string("string")), ("description", .string(description)), ("enum", ids(items)),
                     ("examples", .strings(Array(items.prefix(1).map(\.id))))])
        }
        func list(_ description: String, of item: JSONValue, unique: Bool = false, example: JSONValue) -> JSONValue {
            var pairs: [(String, JSONValue)] = [("type", .string("array")), ("description", .string(description)), ("items", item)]
            if unique { pairs.append(("uniqueItems", .bool(true))) }
            pairs.append(("examples", .array([example])))
            return .object(pairs)
        }
        func object(_ description: String, required: [String] = [], _ properties: [(String, JSONValue)], example: JSONValue) -> JSONValue {
            var pairs: [(String, JSONValue)] = [("type", .string("object")), ("description", .string(description)),
                                                ("additionalProperties", .bool(false))]
            if !required.isEmpty { pairs.append(("required", .strings(required))) }
            pairs.append(("properties", .object(properties.map { required.contains($0.0) ? $0 : ($0.0, nullable($0.1)) })))
            pairs.append(("examples", .array([example])))
            return .object(pairs)
        }
        let phase = enumeration("Étape du processus d'innovation.", r.phases)
        let nature = enumeration("Nature d'innovation (grille du RAMEAU).", r.natures)
        let natureList = list("Natures d'innovation.", of: nature, unique: true, example: .strings(Array(r.natures.prefix(2).map(\.id))))
        let action: JSONValue = .object([
            ("description", .string("Une action : un texte, ou un texte avec les étapes qu'il sert.")),
            ("anyOf", .array([
                .object([("type", .string("string"))]),
                object("Action rattachée à des étapes.", required: ["texte"], [
                    ("texte", text("Ce que fait la tête de réseau.", ["Portage de projets en phase expérimentale"])),
                    ("phases", list("Étapes que sert l'action.", of: phase, unique: true, example: .strings(["experimentation"]))),
                ], example: .object([("texte", .string("Portage de projets")), ("phases", .strings(["experimentation"]))])),
            ])),
            ("examples", .array([.string("Rencontres annuelles du réseau")])),
        ])
        let innovation = object("Innovation remarquable.", required: ["nom"], [
            ("nom", text("Nom de l'innovation.", ["Relais Familles"])),
            ("description", text("Ce qu'elle est.", ["Des lieux d'information et d'animation ouverts à tous."])),
            ("types", list("Types d'innovation.", of: enumeration("Type d'innovation.", r.types), unique: true,
                           example: .strings(Array(r.types.prefix(1).map(\.id))))),
            ("phase", phase),
        ], example: .object([("nom", .string("Relais Familles"))]))
        let cycle = object("Cycle d'innovation.", required: ["debut", "titre"], [
            ("debut", integer("Année de début du cycle.", 1945, minimum: 1000, maximum: 9999)),
            ("approximatif", .object([("type", .string("boolean")), ("description", .string("Année approximative, affichée ≈ 1945.")),
                                      ("examples", .array([.bool(true)]))])),
            ("titre", text("Titre du cycle.", ["Mise en place de solutions adaptées aux besoins des familles"])),
            ("contexte", text("La situation à laquelle le réseau faisait face.", ["Peu de services de proximité existaient."])),
            ("reponse", text("Ce que le réseau a fait.", ["Le réseau crée des services ancrés dans les territoires."])),
            ("natures", natureList),
            ("qualification", text("Comment l'innovation du cycle se caractérise.", ["Invention de solutions."])),
            ("innovations", list("Innovations remarquables du cycle.", of: innovation, example: .array([.object([("nom", .string("Relais Familles"))])]))),
        ], example: .object([("debut", .int(1945)), ("titre", .string("Premiers services"))]))
        let practice = object("Pratique de la tête de réseau à un échelon, pour une fonction.", required: ["echelon", "fonction"], [
            ("echelon", enumeration("Échelon territorial.", r.echelons)),
            ("fonction", enumeration("Fonction de la tête de réseau.", r.fonctions)),
            ("intensite", integer("1 : fonction présente (+) ; 2 : fonction dominante (++).", 2, minimum: 1, maximum: 2)),
            ("actions", list("Actions de la pratique.", of: action, example: .array([.string("Animation des fédérations")]))),
        ], example: .object([("echelon", .string("national")), ("fonction", .string(r.fonctions.first?.id ?? "ingenierie"))]))
        let human: JSONValue = .object([
            ("description", .string("Richesse humaine : un texte, ou un texte rattaché à un échelon.")),
            ("anyOf", .array([
                .object([("type", .string("string"))]),
                object("Richesse humaine à un échelon.", required: ["texte"], [
                    ("echelon", enumeration("Échelon territorial.", r.echelons)),
                    ("texte", text("Qui porte l'innovation.", ["Des équipes chargées de l'animation du réseau."])),
                ], example: .object([("echelon", .string("national")), ("texte", .string("Une équipe dédiée."))])),
            ])),
            ("examples", .array([.string("Des équipes chargées de l'animation du réseau.")])),
        ])
        let strings = { (description: String, example: String) in
            list(description, of: .object([("type", .string("string"))]), example: .strings([example]))
        }
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("reseau.schema.json")),
            ("title", .string("Monographie d'une tête de réseau")),
            ("description", .string("Métadonnées (front matter YAML) d'un fichier Content/reseaux/<slug>.md.")),
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("required", .strings(["nom", "titre", "domaine"])),
            ("properties", .object([
                ("nom", text("Nom du réseau (obligatoire).", ["Familles Rurales"])),
                ("numero", nullable(integer("Ordre sur la page d'accueil, différent pour chaque réseau.", 1, minimum: 0))),
                ("titre", text("Titre de la monographie (obligatoire).", ["De l'invention de solutions aux innovations sur-mesure"])),
                ("domaine", text("Domaine d'action du réseau (obligatoire).", ["Lutte contre les addictions"])),
                ("missions", nullable(text("Missions du réseau.", ["Représenter et accompagner les familles."]))),
                ("identite", nullable(object("Section 1 : carte d'identité.", [
                    ("type", text("Type de tête de réseau.", ["Tête de réseau nationale"])),
                    ("creation", integer("Année de création.", 1943, minimum: 1000, maximum: 9999)),
                    ("creation_note", text("Précision sur la création.", ["suite à une fusion"])),
                    ("structure", text("Organisation du réseau.", ["72 fédérations départementales et 10 fédérations régionales"])),
                    ("salaries_tdr", integer("Salariés de la tête de réseau.", 25, minimum: 0)),
                    ("salaries_reseau", integer("Salariés de tout le réseau.", 17000, minimum: 0)),
                    ("adherents", text("Adhérents, en texte libre.", ["2 200 associations adhérentes"])),
                    ("budget", text("Budget, en texte libre.", ["5 M€"])),
                ], example: .object([("type", .string("Tête de réseau nationale")), ("creation", .int(1943))])))),
                ("dynamique", nullable(object("Section 2 : dynamique d'innovation.", [("natures", natureList)],
                                              example: .object([("natures", .strings(Array(r.natures.prefix(2).map(\.id))))])))),
                ("cycles", nullable(list("Section 3 : cycles d'innovation, dans l'ordre chronologique.", of: cycle,
                                         example: .array([.object([("debut", .int(1945)), ("titre", .string("Premiers services"))])])))),
                ("pratiques", nullable(list("Section 4 : pratiques au service de l'innovation.", of: practice,
                                            example: .array([.object([("echelon", .string("national")), ("fonction", .string(r.fonctions.first?.id ?? "ingenierie"))])])))),
                ("modele_socio_economique", nullable(object("Section 5 : modèle socio-économique de la dynamique d'innovation.", [
                    ("richesses_humaines", list("Richesses humaines.", of: human, example: .array([.string("Une équipe dédiée.")]))),
                    ("financements", strings("Financements, un par ligne.", "Un fonds de dotation.")),
                    ("partenariats", strings("Partenariats, un par ligne.", "Avec des acteurs publics.")),
                ], example: .object([("financements", .strings(["Un fonds de dotation."]))])))),
                ("perspectives", nullable(strings("Section 6 : points clés et perspectives, un par ligne.", "Renforcer les relais locaux."))),
                ("redaction", nullable(object("État de rédaction des sections écrites mais inachevées : « partielle » (par exemple, seuls les exemples cités par une source) ou « complete ».",
                                              SectionID.allCases.map { section in
                    (section.rawValue, JSONValue.object([
                        ("description", .string("État de la section « \(section.heading) »")),
                        ("enum", .strings([SectionState.partielle, .complete].map(\.rawValue))),
                        ("examples", .strings([SectionState.partielle.rawValue])),
                    ]))
                }, example: .object([("pratiques", .string(SectionState.partielle.rawValue))])))),
            ])),
        ])
    }
}
