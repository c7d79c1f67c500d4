import Foundation

/// `monograph new`: a skeleton monograph with every key of the format, commented in French.
public enum Skeleton {
    /// Why a new monograph could not be written: a diagnostic on the file it would have been, as given.
    public struct Refusal: Error, CustomStringConvertible {
        /// The file's path as given (or its folder's, when the name gives no file), why as the message.
        public let diagnostic: Diagnostic

        init(_ place: URL, _ message: String) {
            diagnostic = Diagnostic(file: place.relativePath, message: message)
        }

        /// Why, in French.
        public var description: String { diagnostic.message }
    }

    /// Writes `reseaux/<slug>.md` for `name` in `content`; never overwrites. Returns the file's URL.
    public static func create(name: String, content: URL) throws -> URL {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Text.slug(trimmed)
        guard !slug.isEmpty else {
            throw Refusal(content.appendingPathComponent("reseaux"), "« \(name) » ne donne pas de nom de fichier : utilisez au moins une lettre ou un chiffre")
        }
        let folder = content.appendingPathComponent("reseaux")
        let file = folder.appendingPathComponent("\(slug).md")
        if FileManager.default.fileExists(atPath: file.path) {
            throw Refusal(file, "« \(file.path) » existe déjà : monograph new n'écrase jamais un fichier (choisissez un autre nom ou modifiez celui-ci)")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = skeleton(name: trimmed, numero: nextNumber(in: folder))
        // `withoutOverwriting` makes the refusal hold even if the file appears meanwhile.
        try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        return file
    }

    /// One more than the highest `numero:` found in the existing monographs.
    static func nextNumber(in folder: URL) -> Int {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var highest = 0
        for file in files where file.hasSuffix(".md") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").prefix(80) where line.hasPrefix("numero:") {
                if let n = Int(line.dropFirst("numero:".count).trimmingCharacters(in: .whitespaces)) { highest = max(highest, n) }
            }
        }
        return highest + 1
    }

    /// A YAML double-quoted string.
    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func skeleton(name: String, numero: Int) -> String {
        """
        ---
        # Monographie de \(name).
        # Les lignes qui commencent par « # » sont des commentaires : elles n'apparaissent pas sur le site.
        # Seuls nom, titre et domaine sont obligatoires ; une clé laissée vide est ignorée, et la section
        # correspondante apparaît « à rédiger » sur le site. Les identifiants (fonction, échelon, phases,
        # natures, types) sont ceux de Content/referentiel.yml, rappelés sur la page Référentiel du site.
        # Un texte qui contient « : » suivi d'une espace se met entre guillemets.

        # Nom du réseau, tel qu'il s'affiche.
        nom: \(quoted(name))
        # Ordre sur la page d'accueil (nombre entier, différent pour chaque réseau).
        numero: \(numero)
        # Titre de la monographie : la formule qui résume la trajectoire d'innovation du réseau.
        titre: "Titre de la monographie"
        # Domaine d'action du réseau.
        domaine: "Domaine du réseau"
        # Missions du réseau (facultatif).
        missions:

        # 1. Carte d'identité.
        identite:
          # Type de tête de réseau, par exemple : Tête de réseau nationale.
          type:
          # Année de création (nombre entier, par exemple 1943).
          creation:
          # Précision sur la création (par exemple : suite à une fusion).
          creation_note:
          # Organisation du réseau (fédérations, unions régionales…).
          structure:
          # Nombre de salariés de la tête de réseau (nombre entier).
          salaries_tdr:
          # Nombre de salariés de tout le réseau (nombre entier).
          salaries_reseau:
          # Adhérents, en texte libre (par exemple : 2 200 associations adhérentes).
          adherents:
          # Budget, en texte libre (par exemple : 5 M€).
          budget:

        # 2. Dynamique d'innovation : les natures d'innovation du réseau aujourd'hui,
        # parmi invention, extension, transformation, optimisation. Exemple : [invention, extension]
        dynamique:
          natures: []

        # 3. Cycles d'innovation, du plus ancien au plus récent. Exemple :
        #   - debut: 1945            # année (nombre entier)
        #     approximatif: true     # affiché « ≈ 1945 »
        #     titre: Mise en place de services de proximité
        #     contexte: La situation à laquelle le réseau faisait face.
        #     reponse: Ce que le réseau a fait.
        #     natures: [invention, extension]
        #     qualification: Comment l'innovation de ce cycle se caractérise.
        #     innovations:
        #       - nom: Nom de l'innovation remarquable
        #         description: Ce qu'elle est.
        #         types: [solutions]       # parmi les types du référentiel
        #         phase: deploiement       # son étape aujourd'hui
        cycles: []

        # 4. Pratiques au service de l'innovation : une entrée par échelon et par fonction. Exemple :
        #   - echelon: national              # national, regional, departemental, local
        #     fonction: mise-en-reseau       # une des six fonctions
        #     intensite: 2                   # 1 = présente (+), 2 = dominante (++)
        #     actions:
        #       - Une action, en une phrase.
        #       - texte: Une action rattachée à des étapes du processus d'innovation.
        #         phases: [experimentation]
        pratiques: []

        # 5. Modèle socio-économique de la dynamique d'innovation.
        modele_socio_economique:
          # Richesses humaines, par échelon. Exemple :
          #   - echelon: national
          #     texte: Des équipes chargées de l'animation du réseau.
          richesses_humaines: []
          # Financements, une ligne par source.
          financements: []
          # Partenariats, une ligne par type de partenaire.
          partenariats: []

        # 6. Points clés et perspectives, une ligne par point.
        perspectives: []

        # État de rédaction : une section écrite mais inachevée (par exemple, seuls les exemples qu'une
        # source cite) se marque « partielle ». Les autres sont « à rédiger » tant qu'elles sont vides,
        # « complète » ensuite. Exemple :
        #   redaction:
        #     pratiques: partielle
        ---
        <!-- Ici, avant le premier titre, un paragraphe d'introduction facultatif : qui est le réseau.
             Chaque section du texte commence par l'un des six titres ci-dessous ; son texte s'affiche
             après le contenu structuré de la section. Supprimez les sections que vous n'utilisez pas. -->

        ## Carte d'identité

        ## Dynamique d'innovation

        ## Cycles d'innovation

        ## Pratiques au service de l'innovation

        ## Modèle socio-économique

        ## Points clés et perspectives

        """
    }
}
