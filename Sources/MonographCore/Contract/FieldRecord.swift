/// The value of a declared key as the model holds it, for the writers that publish the model.
package enum FieldValue {
    case text(String)
    case integer(Int)
    case boolean(Bool)
    /// A list of texts or of ids.
    case texts([String])
    /// A dictionary of the field's group.
    case record(any FieldRecord)
    /// A list of dictionaries of the field's group.
    case records([any FieldRecord])
    /// Every section's editorial state, in page order.
    case sectionStates([SectionState])
}

/// A model value that holds the keys of one declared group: the link between the contract
/// (`FrontMatter`) and the model, in one place per group.
package protocol FieldRecord {
    /// The value under one of the group's keys; nil when the key was not given.
    func value(of key: String) -> FieldValue?
}

/// A key declared in a group but unknown to its model: a mistake in the code, which
/// `FieldRecordTests` names by failing for that key (a declared key set in a monograph must be
/// published); never a crash of the build.
private func undeclared(_ key: String, in record: Any.Type) -> FieldValue? {
    nil
}

extension Monograph: FieldRecord {
    package func value(of key: String) -> FieldValue? {
        switch key {
        case "nom": .text(self.nom)
        case "numero": self.numero.map(FieldValue.integer)
        case "titre": .text(self.titre)
        case "domaine": .text(self.domaine)
        case "missions": self.missions.map(FieldValue.text)
        // The date of the last change, written or read from git (FORMAT §9).
        case "mise_a_jour": self.lastModified.map(FieldValue.text)
        case "identite": self.identite.map(FieldValue.record)
        case "dynamique": self.natures.map { .record(Dynamics(natures: $0)) }
        case "cycles": self.cycles.map { .records($0) }
        case "pratiques": self.pratiques.map { .records($0) }
        case "modele_socio_economique": self.modele.map(FieldValue.record)
        case "perspectives": self.perspectives.map(FieldValue.texts)
        case "redaction": .sectionStates(SectionID.allCases.map(state))
        default: undeclared(key, in: Monograph.self)
        }
    }
}

/// Section 2, which the model keeps as the monograph's `natures`.
private struct Dynamics: FieldRecord {
    package let natures: [String]

    package func value(of key: String) -> FieldValue? {
        key == "natures" ? .texts(natures) : undeclared(key, in: Dynamics.self)
    }
}

extension Identity: FieldRecord {
    package func value(of key: String) -> FieldValue? {
        switch key {
        case "type": type.map(FieldValue.text)
        case "creation": creation.map(FieldValue.integer)
        case "creation_note": creationNote.map(FieldValue.text)
        case "structure": structure.map(FieldValue.text)
        case "salaries_tdr": salariesTdr.map(FieldValue.integer)
        case "salaries_reseau": salariesReseau.map(FieldValue.integer)
        case "adherents": adherents.map(FieldValue.text)
        case "adherents_libelle": adherentsLibelle.map(FieldValue.text)
        case "budget": budget.map(FieldValue.text)
        default: undeclared(key, in: Identity.self)
        }
    }
}

extension Cycle: FieldRecord {
    package func value(of key: String) -> FieldValue? {
        switch key {
        case "debut": .integer(debut)
        case "approximatif": .boolean(approximatif)
        case "titre": .text(titre)
        case "contexte": contexte.map(FieldValue.text)
        case "reponse": reponse.map(FieldValue.text)
        case "natures": natures.map(FieldValue.texts)
        case "qualification": qualification.map(FieldValue.text)
        case "innovations": innovations.map { .records($0) }
        default: undeclared(key, in: Cycle.self)
        }
    }
}

extension Innovation: FieldRecord {
    package func value(of key: String) -> FieldValue? {
        switch key {
        case "nom": .text(nom)
        case "description": description.map(FieldValue.text)
        case "types": types.map(FieldValue.texts)
        case "phase": phase.map(FieldValue.text)
        default: undeclared(key, in: Innovation.self)
        }
    }
}

extension Practice: FieldRecord {
    package func value(of key: String) -> FieldValue? {
        switch key {
        case "echelon": .text(echelon)
        case "fonction": .text(fonction)
        case "intensite": intensite.map(FieldValue.integer)
        case "actions": .records(actions)
        default: undeclared(key, in: Practice.self)
        }
    }
}

extension Action: FieldRecord {
    package func value(of key: String) -> FieldValue? {
        switch key {
        case "texte": .text(texte)
        case "phases": .texts(phases)
        default: undeclared(key, in: Action.self)
        }
    }
}

extension SocioEconomicModel: FieldRecord {
    package func value(of key: String) -> FieldValue? {
        switch key {
        case "richesses_humaines": richessesHumaines.map { .records($0) }
        case "financements": financements.map(FieldValue.texts)
        case "partenariats": partenariats.map(FieldValue.texts)
        default: undeclared(key, in: SocioEconomicModel.self)
        }
    }
}

extension HumanResource: FieldRecord {
    package func value(of key: String) -> FieldValue? {
        switch key {
        case "echelon": echelon.map(FieldValue.text)
        case "texte": .text(texte)
        default: undeclared(key, in: HumanResource.self)
        }
    }
}
