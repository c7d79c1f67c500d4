import Yams

/// Decodes the content files into the model, one file at a time, checking ids against the referentiel.
struct ContentReader: Sendable {
    var referentiel: Referentiel? {
        didSet { idLists = Self.idLists(of: referentiel) }
    }
    /// The ids of each list of the referentiel, gathered once (every practice and action checks some).
    private var idLists: [ReferentielList: [String]] = [:]
    /// How bodies are turned into HTML, which they are as they are read (one parse each).
    var markdown = MarkdownOptions()

    init(site: Referentiel?) {
        referentiel = site
        idLists = Self.idLists(of: site)
    }

    private static func idLists(of referentiel: Referentiel?) -> [ReferentielList: [String]] {
        guard let referentiel else { return [:] }
        return Dictionary(uniqueKeysWithValues: ReferentielList.allCases.map { ($0, referentiel[keyPath: $0.keyPath].map(\.id)) })
    }

    // MARK: Front matter

    /// Splits a Markdown file and composes its front matter; nil when it has none or cannot be read.
    private func frontMatter(_ file: SourceFile, required: Bool, _ reader: inout NodeReader) -> (Node?, MarkdownSource)? {
        switch SplitFile.split(file) {
        case .failure(let diagnostic):
            reader.bag.append(diagnostic)
            return nil
        case .success(let split):
            let body = MarkdownSource(text: split.body, firstLine: split.bodyFirstLine)
            guard let yaml = split.frontMatter else {
                if required {
                    reader.bag.error(
                        "métadonnées absentes : le fichier doit commencer par une ligne « --- », les métadonnées YAML, puis une ligne « --- »",
                        file: file.path, line: 1, column: 1)
                }
                return (nil, body)
            }
            let node = reader.compose(yaml)
            if node == nil && !reader.bag.hasErrors {
                reader.bag.error("métadonnées vides", file: file.path, line: 1, column: 1)
            }
            return (node, body)
        }
    }

    // MARK: site.yml

    func settings(_ file: SourceFile, _ bag: inout DiagnosticBag) -> SiteSettings? {
        var reader = NodeReader(file: file.path, lineOffset: 0)
        defer { bag.append(contentsOf: reader.bag) }
        guard let node = reader.compose(file.text) else {
            if !reader.bag.hasErrors { reader.bag.error("fichier vide : indiquez au moins « titre: … »", file: file.path, line: 1) }
            return nil
        }
        guard
            let f = reader.fields(
                node,
                allowed: [
                    "titre", "sous_titre", "langue", "url", "editeur", "date_publication", "licence", "contact", "html_brut",
                    "mentions_legales", "accessibilite", "messages_historique",
                ],
                required: ["titre"], what: "site.yml")
        else { return nil }
        let titre = reader.string(f["titre"], key: "titre")
        var url = reader.string(f["url"], key: "url")
        if let given = url, let node = f["url"] {
            if !(given.hasPrefix("https://") || given.hasPrefix("http://")) || given.contains(where: \.isWhitespace) {
                reader.error(
                    "adresse « \(given) » invalide : « url » est l’adresse absolue du site publié, par exemple « https://exemple.org/monographies/ »",
                    at: node)
            } else if !given.hasSuffix("/") {
                url = given + "/"
            }
        }
        let date = reader.string(f["date_publication"], key: "date_publication")
        if let date, let node = f["date_publication"], !Self.isDate(date) {
            reader.error("date « \(date) » invalide : « date_publication » s’écrit AAAA-MM-JJ, par exemple « 2021-06-30 »", at: node)
        }
        let (legalNotice, legalWarnings) = legalNotice(
            f["mentions_legales"], keyNode: f.entries.first { $0.key == "mentions_legales" }?.keyNode, &reader)
        let accessibility = accessibilityStatement(f["accessibilite"], &reader)
        var settings = SiteSettings(
            titre: titre ?? "",
            sousTitre: reader.string(f["sous_titre"], key: "sous_titre"),
            langue: reader.string(f["langue"], key: "langue") ?? "fr",
            url: url,
            editeur: reader.string(f["editeur"], key: "editeur"),
            datePublication: date,
            licence: reader.string(f["licence"], key: "licence"),
            contact: reader.string(f["contact"], key: "contact"),
            htmlBrut: reader.bool(f["html_brut"], key: "html_brut") ?? false)
        settings.messagesHistorique = reader.bool(f["messages_historique"], key: "messages_historique") ?? true
        settings.mentionsLegales = legalNotice
        settings.accessibilite = accessibility
        settings.warnings = legalWarnings
        return reader.bag.hasErrors ? nil : settings
    }

    /// Whether `text` is a real calendar date written `AAAA-MM-JJ`.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    // MARK: referentiel.yml

    func referentiel(_ file: SourceFile?, _ bag: inout DiagnosticBag) -> Referentiel? {
        guard let file else { return nil }
        var reader = NodeReader(file: file.path, lineOffset: 0)
        defer { bag.append(contentsOf: reader.bag) }
        guard let node = reader.compose(file.text) else {
            if !reader.bag.hasErrors { reader.bag.error("fichier vide", file: file.path, line: 1) }
            return nil
        }
        let keys = Referentiel.lists.map(\.key)
        guard let f = reader.fields(node, allowed: keys, required: keys, what: "referentiel.yml") else { return nil }
        func items(_ key: String) -> [ReferenceItem] {
            let isNature = key == "natures"
            var result: [ReferenceItem] = []
            for itemNode in reader.sequence(f[key], key: key) ?? [] {
                let allowed = ["id", "libelle", "description"] + (isNature ? ["objet", "logique"] : [])
                guard
                    let g = reader.fields(
                        itemNode, allowed: allowed, required: ["id", "libelle"] + (isNature ? ["objet", "logique"] : []),
                        what: "un élément de « \(key) »")
                else { continue }
                // Every key is read before an incomplete item is dropped, so that all its errors are reported.
                let id = reader.string(g["id"], key: "id")
                if let id, let idNode = g["id"] {
                    if !Text.isValidSlug(id) {
                        reader.error("identifiant « \(id) » invalide : minuscules sans accents, chiffres et tirets", at: idNode)
                    }
                    if result.contains(where: { $0.id == id }) {
                        reader.error("identifiant « \(id) » en double dans « \(key) »", at: idNode)
                    }
                }
                let libelle = reader.string(g["libelle"], key: "libelle")
                let description = reader.string(g["description"], key: "description")
                let objet = isNature ? reader.id(g["objet"], key: "objet", in: ["solutions", "processus"], kind: .objet) : nil
                let logique = isNature ? reader.id(g["logique"], key: "logique", in: ["nouveaute", "adaptation"], kind: .logique) : nil
                guard let id, let libelle else { continue }
                var item = ReferenceItem(id: id, libelle: libelle, description: description)
                item.objet = objet
                item.logique = logique
                result.append(item)
            }
            return result
        }
        let referentiel = Referentiel(
            fonctions: items("fonctions"), natures: items("natures"), phases: items("phases"),
            echelons: items("echelons"), types: items("types"))
        return reader.bag.hasErrors ? nil : referentiel
    }

    // MARK: reseaux/<slug>.md

    // The keys of each dictionary, which are required, integer bounds and referentiel lists come from
    // `FrontMatter`; what remains here is where each value goes in the model, and the checks that
    // span keys: a section marked without content, an incomplete element dropped after all its keys
    // are read, a text with « : » that YAML read as a dictionary.

    func monograph(_ file: SourceFile, slug: String, _ bag: inout DiagnosticBag) -> Monograph? {
        var reader = NodeReader(file: file.path, lineOffset: 1)
        defer { bag.append(contentsOf: reader.bag) }
        guard let (node, bodySource) = frontMatter(file, required: true, &reader) else { return nil }
        let body = SectionedBody.split(bodySource, file: file.path, options: markdown, checksTitles: node != nil, bag: &reader.bag)
        guard let node, let f = reader.fields(node, FrontMatter.monograph) else { return nil }
        var monograph = Monograph(.init(slug: slug, path: file.path, nom: "", titre: "", domaine: "", body: body))
        for key in FrontMatter.monograph.keys { read(key, of: f, into: &monograph, &reader) }
        return reader.bag.hasErrors ? nil : monograph
    }

    /// Sets the field of `monograph` that the top-level key `key` gives, as `f` has it (absent: no
    /// value). The keys come in their declared order, `redaction` last: its marks are checked against
    /// what the other keys and the body give each section.
    func read(_ key: String, of f: Fields, into monograph: inout Monograph, _ reader: inout NodeReader) {
        switch key {
        case "nom":
            monograph.nom = reader.text(f, "nom") ?? ""
            monograph.sortKey = Text.frenchSortKey(monograph.nom)
        case "numero":
            monograph.numero = reader.integer(f, "numero")
            monograph.numeroLocation = f["numero"].map { reader.location($0) }
        case "titre": monograph.titre = reader.text(f, "titre") ?? ""
        case "domaine": monograph.domaine = reader.text(f, "domaine") ?? ""
        case "missions": monograph.missions = reader.text(f, "missions")
        case "mise_a_jour": monograph.miseAJour = reader.date(f, "mise_a_jour")
        case "identite": monograph.identite = f["identite"].flatMap { identity($0, &reader) }
        case "dynamique":
            monograph.natures = nil
            if let dynamics = f["dynamique"], let g = reader.fields(dynamics, FrontMatter.dynamique) {
                monograph.natures = ids(g, "natures", &reader)
            }
        case "cycles": monograph.cycles = reader.sequence(f["cycles"], key: "cycles")?.compactMap { cycle($0, &reader) }
        case "pratiques": monograph.pratiques = reader.sequence(f["pratiques"], key: "pratiques")?.compactMap { practice($0, &reader) }
        case "modele_socio_economique": monograph.modele = f["modele_socio_economique"].flatMap { model($0, &reader) }
        case "perspectives": monograph.perspectives = reader.texts(f, "perspectives")
        case "redaction": monograph.redaction = f["redaction"].map { redaction($0, of: monograph, &reader) } ?? [:]
        default: preconditionFailure("« \(key) » is declared but not read into the monograph")
        }
    }

    /// An id of the referentiel list that `key` declares.
    private func id(_ f: Fields, _ key: String, _ r: inout NodeReader) -> String? {
        guard case .id(let list) = f.declaredType(key) else { preconditionFailure("« \(key) » is not an id") }
        return r.id(f[key], key: key, in: idLists[list] ?? [], kind: list.kind)
    }

    /// A list of ids of the referentiel list that `key` declares.
    private func ids(_ f: Fields, _ key: String, _ r: inout NodeReader) -> [String]? {
        guard case .list(let element, let distinct) = f.declaredType(key), case .id(let list) = element.type else {
            preconditionFailure("« \(key) » is not a list of ids")
        }
        return r.ids(f[key], key: key, in: idLists[list] ?? [], kind: list.kind, distinct: distinct)
    }

    /// The `redaction` marks: section id → `partielle` or `complete`. A section with nothing to show
    /// cannot be marked (it is « à rédiger » whatever the mark says).
    private func redaction(_ node: Node, of monograph: Monograph, _ r: inout NodeReader) -> [SectionID: SectionState] {
        guard let f = r.fields(node, allowed: FieldType.sectionKeys, what: "« redaction »") else { return [:] }
        var marks: [SectionID: SectionState] = [:]
        for entry in f.entries {
            guard let section = SectionID(rawValue: entry.key), let node = f[entry.key], let written = r.string(node, key: entry.key)
            else { continue }
            // The ids, or the states as French writes them: « complète », « à rédiger ».
            guard let state = SectionState.allCases.first(where: { Text.headingKey($0.rawValue) == Text.headingKey(written) }) else {
                let states = FieldType.markableStates.compactMap(SectionState.init(rawValue:)).map(\.label)
                let french = SectionState.allCases.map(\.label)
                r.error(
                    "\(IdKind.redaction.unknown) « \(written) »" + Suggestion.hint(for: written, in: french)
                        + " (valeurs possibles : \(states.joined(separator: ", ")))", at: node)
                continue
            }
            let value = state.label
            if state == .aRediger {
                // True of a section with nothing to show, which needs no mark; a section with content is not « à rédiger ».
                if monograph.isWritten(section) {
                    r.error(
                        "la section « \(section.heading) » est marquée « à rédiger » mais a déjà du contenu :"
                            + " retirez cette ligne, ou marquez-la « partielle » si elle est inachevée", at: entry.keyNode)
                }
                continue
            }
            guard monograph.isWritten(section) else {
                r.error(
                    "la section « \(section.heading) » est marquée « \(value) » mais n’a encore rien à montrer"
                        + " (ni données ni texte) : retirez cette ligne, la section est « à rédiger »", at: entry.keyNode)
                continue
            }
            marks[section] = state
        }
        return marks
    }

    private func identity(_ node: Node, _ r: inout NodeReader) -> Identity? {
        guard let f = r.fields(node, FrontMatter.identite) else { return nil }
        return Identity(
            type: r.text(f, "type"),
            creation: r.integer(f, "creation"),
            creationNote: r.text(f, "creation_note"),
            structure: r.text(f, "structure"),
            salariesTdr: r.integer(f, "salaries_tdr"),
            salariesReseau: r.integer(f, "salaries_reseau"),
            adherents: r.text(f, "adherents"),
            adherentsLibelle: r.text(f, "adherents_libelle"),
            budget: r.text(f, "budget"))
    }

    private func cycle(_ node: Node, _ r: inout NodeReader) -> Cycle? {
        guard let f = r.fields(node, FrontMatter.cycle) else { return nil }
        let innovations = r.sequence(f["innovations"], key: "innovations")?.compactMap { item -> Innovation? in
            guard let g = r.fields(item, FrontMatter.innovation) else { return nil }
            let nom = r.text(g, "nom")
            let description = r.text(g, "description")
            let types = ids(g, "types", &r)
            let phase = id(g, "phase", &r)
            guard let nom else { return nil }
            return Innovation(nom: nom, description: description, types: types, phase: phase)
        }
        // Every key is read before an incomplete cycle is dropped, so that all its errors are reported.
        let debut = r.integer(f, "debut")
        let approximatif = r.boolean(f, "approximatif")
        let titre = r.text(f, "titre")
        let contexte = r.text(f, "contexte")
        let reponse = r.text(f, "reponse")
        let natures = ids(f, "natures", &r)
        let qualification = r.text(f, "qualification")
        guard let debut, let titre else { return nil }
        return Cycle(
            debut: debut, approximatif: approximatif ?? false, titre: titre, contexte: contexte, reponse: reponse,
            natures: natures, qualification: qualification, innovations: innovations)
    }

    private func practice(_ node: Node, _ r: inout NodeReader) -> Practice? {
        guard let f = r.fields(node, FrontMatter.practice) else { return nil }
        let echelon = id(f, "echelon", &r)
        let fonction = id(f, "fonction", &r)
        let intensite = r.integer(f, "intensite")
        var actions: [Action] = []
        for item in r.sequence(f["actions"], key: "actions") ?? [] {
            // An action is a text, or a dictionary of `FrontMatter.action`.
            if r.reportsColonInText(item, allowed: FrontMatter.action.keys, listItem: true, key: "actions") { continue }
            if case .mapping = item {
                guard let g = r.fields(item, FrontMatter.action) else { continue }
                let texte = r.text(g, "texte")
                let phases = ids(g, "phases", &r)
                guard let texte else { continue }
                actions.append(Action(texte: texte, phases: phases ?? [], markdown: Markdown(options: markdown)))
            } else if let texte = r.string(item, key: "actions") {
                actions.append(Action(texte: texte, phases: [], markdown: Markdown(options: markdown)))
            }
        }
        guard let echelon, let fonction else { return nil }
        return Practice(echelon: echelon, fonction: fonction, intensite: intensite, actions: actions)
    }

    private func model(_ node: Node, _ r: inout NodeReader) -> SocioEconomicModel? {
        guard let f = r.fields(node, FrontMatter.model) else { return nil }
        let humans = r.sequence(f["richesses_humaines"], key: "richesses_humaines")?.compactMap { item -> HumanResource? in
            // A human resource is a text, or a dictionary of `FrontMatter.humanResource`.
            if case .scalar = item { return r.string(item, key: "richesses_humaines").map { HumanResource(echelon: nil, texte: $0) } }
            if r.reportsColonInText(item, allowed: FrontMatter.humanResource.keys, listItem: true, key: "richesses_humaines") { return nil }
            guard let g = r.fields(item, FrontMatter.humanResource) else { return nil }
            let echelon = id(g, "echelon", &r)
            guard let texte = r.text(g, "texte") else { return nil }
            return HumanResource(echelon: echelon, texte: texte)
        }
        return SocioEconomicModel(
            richessesHumaines: humans,
            financements: r.texts(f, "financements"),
            partenariats: r.texts(f, "partenariats"))
    }

    // MARK: livret/<slug>.md and synthese.md

    func bookletPage(_ file: SourceFile, slug: String, _ bag: inout DiagnosticBag) -> BookletPage? {
        var reader = NodeReader(file: file.path, lineOffset: 1)
        defer { bag.append(contentsOf: reader.bag) }
        guard let (node, body) = frontMatter(file, required: true, &reader), let node,
            let f = reader.fields(node, allowed: ["titre", "ordre", "mise_a_jour"], required: ["titre"], what: "la page du livret")
        else { return nil }
        var page = BookletPage(
            slug: slug, path: file.path, titre: reader.string(f["titre"], key: "titre") ?? "",
            ordre: reader.int(f["ordre"], key: "ordre", example: 1), body: PageBody(body, options: markdown))
        if let date = reader.string(f["mise_a_jour"], key: "mise_a_jour"), let node = f["mise_a_jour"] {
            if Self.isDate(date) {
                page.miseAJour = date
            } else {
                reader.error("date « \(date) » invalide : « mise_a_jour » s’écrit AAAA-MM-JJ, par exemple « 2026-03-05 »", at: node)
            }
        }
        return reader.bag.hasErrors ? nil : page
    }

    func synthesisPage(_ file: SourceFile, _ bag: inout DiagnosticBag) -> SynthesisPage? {
        var reader = NodeReader(file: file.path, lineOffset: 1)
        defer { bag.append(contentsOf: reader.bag) }
        guard let (node, body) = frontMatter(file, required: true, &reader), let node,
            let f = reader.fields(node, allowed: ["titre"], required: ["titre"], what: "la synthèse")
        else { return nil }
        let page = SynthesisPage(
            path: file.path, titre: reader.string(f["titre"], key: "titre") ?? "",
            body: PageBody(body, options: markdown))
        return reader.bag.hasErrors ? nil : page
    }
}
