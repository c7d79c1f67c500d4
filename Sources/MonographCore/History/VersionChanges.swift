/// What changed between two versions of a monograph, in the monograph's own terms (FORMAT §9): practices
/// added or removed, a section's state, the identity card's figures, which sections' prose, rather than
/// a diff of lines. Each change is a French sentence fragment, as the history page and the feed show it.
enum VersionChanges {
    /// What the first version of a monograph did.
    static let first = "première version"

    /// The changes from `old` to `new`, in page order; `old` is nil for the first version.
    static func between(_ old: Monograph?, _ new: Monograph, referentiel r: Referentiel) -> [String] {
        guard let old else { return [first] }
        var changes: [String] = []
        for (key, label) in [("nom", "nom"), ("titre", "titre"), ("domaine", "domaine"), ("missions", "missions")]
        where !written(old.value(of: key), as: new.value(of: key)) && old.value(of: key).map(text) != new.value(of: key).map(text) {
            changes.append(label + (key == "missions" ? " modifiées" : " modifié"))
        }
        if old.body.lead != new.body.lead { changes.append(prose("chapeau", old.body.lead != nil, new.body.lead != nil)) }
        for (index, section) in SectionID.allCases.enumerated() {
            let (before, after) = (old.state(section), new.state(section))
            if before != after { changes.append("section \(section.heading) : \(before.label) → \(after.label)") }
            changes += data(of: section, old, new, r)
            let (hadProse, hasProse) = (old.body.sections[section], new.body.sections[section])
            if hadProse != hasProse { changes.append(prose("texte de la section \(index + 1)", hadProse != nil, hasProse != nil)) }
        }
        return changes.isEmpty ? ["aucun changement de ce que la monographie publie"] : changes
    }

    /// « texte de la section 4 modifié », « … ajouté », « … retiré ».
    private static func prose(_ what: String, _ before: Bool, _ after: Bool) -> String {
        what + (before && after ? " modifié" : after ? " ajouté" : " retiré")
    }

    /// The changes of a section's structured data.
    private static func data(of section: SectionID, _ old: Monograph, _ new: Monograph, _ r: Referentiel) -> [String] {
        switch section {
        case .carteIdentite: identity(old.identite, new.identite)
        case .dynamique:
            old.natures == new.natures
                ? [] : ["natures d’innovation : \(labels(old.natures, r, \.natures)) → \(labels(new.natures, r, \.natures))"]
        case .cycles: counted(old.cycles, new.cycles, "cycle", "cycles", "ajouté", "retiré", "cycles modifiés")
        case .pratiques: practices(old.pratiques ?? [], new.pratiques ?? [], r)
        case .modeleSocioEconomique: old.modele == new.modele ? [] : ["modèle socio-économique modifié"]
        case .perspectives: counted(old.perspectives, new.perspectives, "point clé", "points clés", "ajouté", "retiré", "points clés modifiés")
        }
    }

    /// The identity card's keys, as a change names them.
    private static let identityLabels = [
        ("type", "type"), ("creation", "création"), ("creation_note", "précision sur la création"), ("structure", "structure"),
        ("salaries_tdr", "salariés de la tête de réseau"), ("salaries_reseau", "salariés du réseau"), ("adherents", "adhérents"),
        ("budget", "budget"),
    ]

    /// « carte d’identité : salariés de la tête de réseau 25 → 28 ».
    private static func identity(_ old: Identity?, _ new: Identity?) -> [String] {
        guard old != new else { return [] }
        let figures = identityLabels.compactMap { key, label -> String? in
            guard !written(old?.value(of: key), as: new?.value(of: key)) else { return nil }
            let before = old?.value(of: key).map(text), after = new?.value(of: key).map(text)
            guard before != after else { return nil }
            // A long text is named, not quoted.
            if (before?.count ?? 0) > 40 || (after?.count ?? 0) > 40 { return label + " modifié" }
            return "\(label) \(before ?? "–") → \(after ?? "–")"
        }
        return figures.isEmpty ? [] : ["carte d’identité : " + figures.joined(separator: ", ")]
    }

    /// « 2 pratiques ajoutées (plaidoyer, régional ; ingénierie, national) », and those removed or changed.
    private static func practices(_ old: [Practice], _ new: [Practice], _ r: Referentiel) -> [String] {
        guard old != new else { return [] }
        func key(_ p: Practice) -> String { p.fonction + "\u{0}" + p.echelon }
        func name(_ p: Practice) -> String {
            lowered(r.label(p.fonction, in: \.fonctions)) + ", " + lowered(r.label(p.echelon, in: \.echelons))
        }
        let oldKeys = Set(old.map(key)), newKeys = Set(new.map(key))
        let added = new.filter { !oldKeys.contains(key($0)) }
        let removed = old.filter { !newKeys.contains(key($0)) }
        let changed = new.filter { p in oldKeys.contains(key(p)) && old.filter { key($0) == key(p) } != new.filter { key($0) == key(p) } }
        var changes: [String] = []
        func list(_ practices: [Practice], _ verb: String) {
            guard !practices.isEmpty else { return }
            let names = practices.map(name).joined(separator: " ; ")
            changes.append(Format.count(practices.count, "pratique " + verb, "pratiques " + verb + "s") + " (\(names))")
        }
        list(added, "ajoutée")
        list(removed, "retirée")
        var seen: Set<String> = []
        let distinct = changed.filter { seen.insert(key($0)).inserted }
        list(distinct, "modifiée")
        return changes
    }

    /// « 1 cycle ajouté », « 2 cycles retirés », or « cycles modifiés » when the count is the same.
    private static func counted<T: Equatable>(
        _ old: [T]?, _ new: [T]?, _ singular: String, _ plural: String, _ added: String, _ removed: String, _ modified: String
    ) -> [String] {
        let (before, after) = (old ?? [], new ?? [])
        guard before != after else { return [] }
        let difference = after.count - before.count
        if difference > 0 { return [Format.count(difference, singular + " " + added, plural + " " + added + "s")] }
        if difference < 0 { return [Format.count(-difference, singular + " " + removed, plural + " " + removed + "s")] }
        return [modified]
    }

    private static func labels(_ ids: [String]?, _ r: Referentiel, _ list: KeyPath<Referentiel, [ReferenceItem]>) -> String {
        let ids = ids ?? []
        return ids.isEmpty ? "aucune" : ids.map { lowered(r.label($0, in: list)) }.joined(separator: ", ")
    }

    /// A label inside a sentence: its first letter in lower case (« Plaidoyer » → « plaidoyer »).
    private static func lowered(_ label: String) -> String {
        label.prefix(1).lowercased() + label.dropFirst()
    }

    /// Whether two values are written the same (then their texts are the same, and need not be made).
    private static func written(_ a: FieldValue?, as b: FieldValue?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (.text(let a)?, .text(let b)?): a == b
        case (.integer(let a)?, .integer(let b)?): a == b
        case (.boolean(let a)?, .boolean(let b)?): a == b
        case (.texts(let a)?, .texts(let b)?): a == b
        default: false
        }
    }

    /// A value as a change quotes it: a figure with its thousands, a text without its Markdown.
    private static func text(_ value: FieldValue) -> String {
        switch value {
        case .text(let text): Markdown.plainText(text)
        case .integer(let number): Format.number(number)
        case .boolean(let flag): flag ? "oui" : "non"
        case .texts(let texts): texts.joined(separator: ", ")
        case .record, .records, .sectionStates: ""
        }
    }
}
