/// The template context of a monograph's six sections: structured content, prose and completeness.
struct MonographContext {
    let monograph: Monograph
    let referentiel: Referentiel
    let markdown: Markdown
    let views: ViewRenderer

    private func e(_ s: String) -> String { Markdown.plain(s) }
    private func md(_ s: String) -> String { markdown.inline(s) }

    /// One entry per section, in page order, each with `id`, `numero`, `titre`, `incomplet`, `prose` and
    /// its structured part under a key of its own.
    func sections() -> [[String: Any]] {
        SectionID.allCases.enumerated().map { index, section in
            var context: [String: Any] = [
                "id": section.rawValue, "numero": index + 1, "titre": e(section.heading),
                "incomplet": !monograph.isWritten(section),
                // Every structured key is set in every section, so that templates never pick up a key
                // of an enclosing context, and `empty(...)` always sees an array.
                "identite": false, "dynamique": false, "cycles": [Any](), "pratiques": false, "modele": false,
                "perspectives": [Any](), "prose": false, "frise": false,
            ]
            if let prose = monograph.body.sections[section], !prose.text.allSatisfy(\.isWhitespace) {
                context["prose"] = markdown.block(prose.text, view: views.render)
            }
            switch section {
            case .carteIdentite: context["identite"] = identity()
            case .dynamique: context["dynamique"] = dynamics()
            case .cycles:
                context["cycles"] = cycles()
                if let cycles = monograph.cycles, !cycles.isEmpty {
                    context["frise"] = Timeline.render(title: "Frise des cycles d’innovation de \(monograph.nom)",
                                                       cycles: cycles.map { ($0.debut, $0.approximatif, $0.titre) })
                }
            case .pratiques: context["pratiques"] = practices()
            case .modeleSocioEconomique: context["modele"] = model()
            case .perspectives: context["perspectives"] = (monograph.perspectives ?? []).map(md)
            }
            return context
        }
    }

    private func identity() -> Any {
        guard let i = monograph.identite, !i.isEmpty else { return false }
        var facts: [[String: Any]] = []
        func add(_ label: String, _ value: String?) {
            if let value { facts.append(["libelle": e(label), "valeur": value]) }
        }
        add("Type de tête de réseau", i.type.map(md))
        add("Création", i.creation.map { String($0) + (i.creationNote.map { " (\(md($0)))" } ?? "") }
            ?? i.creationNote.map(md))
        add("Structure", i.structure.map(md))
        add("Salariés de la tête de réseau", i.salariesTdr.map(Format.number))
        add("Salariés du réseau", i.salariesReseau.map(Format.number))
        add("Adhérents", i.adherents.map(md))
        add("Budget", i.budget.map(md))
        return ["faits": facts]
    }

    private func natureLabels(_ ids: [String]) -> [[String: Any]] {
        ids.map { id in ["id": id, "libelle": e(referentiel.label(id, in: \.natures))] }
    }

    private func dynamics() -> Any {
        guard let natures = monograph.natures, !natures.isEmpty else { return false }
        let grid = RameauGrid.render(natures: referentiel.natures, values: [:], highlighted: Set(natures),
                                     title: "Natures de l'innovation de \(monograph.nom)")
        return ["natures": natureLabels(natures), "grille": grid]
    }

    private func cycles() -> Any {
        guard let cycles = monograph.cycles, !cycles.isEmpty else { return [Any]() }
        return cycles.enumerated().map { index, c -> [String: Any] in
            [
                "rang": index + 1,
                "annee": Format.year(c.debut, approximate: c.approximatif),
                "titre": md(c.titre),
                "contexte": orFalse(c.contexte.map(md)),
                "reponse": orFalse(c.reponse.map(md)),
                "natures": natureLabels(c.natures ?? []),
                "qualification": orFalse(c.qualification.map(md)),
                "innovations": (c.innovations ?? []).map { i -> [String: Any] in
                    [
                        "nom": md(i.nom),
                        "description": orFalse(i.description.map(md)),
                        "types": (i.types ?? []).map { ["libelle": e(referentiel.label($0, in: \.types))] },
                        "phase": orFalse(i.phase.map { e(referentiel.label($0, in: \.phases)) }),
                    ]
                },
            ]
        }
    }

    /// The grid of functions × levels with + / ++, then the actions level by level.
    private func practices() -> Any {
        guard let practices = monograph.pratiques, !practices.isEmpty else { return false }
        let levels = referentiel.echelons.filter { level in practices.contains { $0.echelon == level.id } }
        let grid: [[String: Any]] = referentiel.fonctions.enumerated().map { index, function in
            [
                "libelle": e(function.libelle), "classe": "fonction-\(index + 1)",
                "cases": levels.map { level -> [String: Any] in
                    let intensity = practices.filter { $0.fonction == function.id && $0.echelon == level.id }
                        .map(\.effectiveIntensity).max() ?? 0
                    return ["symbole": ["–", "+", "++"][intensity], "intensite": intensity,
                            "texte": ["absente", "présente", "dominante"][intensity]]
                },
            ]
        }
        let byLevel: [[String: Any]] = levels.map { level in
            [
                "libelle": e(level.libelle),
                "fonctions": practices.filter { $0.echelon == level.id }.map { p -> [String: Any] in
                    let index = (referentiel.fonctions.firstIndex { $0.id == p.fonction } ?? 0) + 1
                    return [
                        "libelle": e(referentiel.label(p.fonction, in: \.fonctions)), "classe": "fonction-\(index)",
                        "dominante": p.effectiveIntensity == 2, "symbole": p.effectiveIntensity == 2 ? "++" : "+",
                        "actions": p.actions.map { a -> [String: Any] in
                            ["texte": md(a.texte),
                             "phases": a.phases.map { ["libelle": e(referentiel.label($0, in: \.phases))] }]
                        },
                    ]
                },
            ]
        }
        let chart = HeatMap.render(
            title: "Fonctions de \(monograph.nom) par échelon",
            description: referentiel.fonctions.map { function in
                function.libelle + " : " + levels.map { level in
                    let i = practices.filter { $0.fonction == function.id && $0.echelon == level.id }.map(\.effectiveIntensity).max() ?? 0
                    return "\(level.libelle) \(["absente", "présente", "dominante"][i])"
                }.joined(separator: ", ")
            }.joined(separator: " ; "),
            columns: levels.map(\.libelle),
            rows: referentiel.fonctions.map { function in
                (function.libelle, levels.map { level in
                    practices.filter { $0.fonction == function.id && $0.echelon == level.id }.map(\.effectiveIntensity).max() ?? 0
                })
            },
            scale: .intensity)
        return [
            "graphique": chart,
            "echelons": levels.map { ["libelle": e($0.libelle)] },
            "grille": grid,
            "par_echelon": byLevel,
        ]
    }

    private func model() -> Any {
        guard let m = monograph.modele, !m.isEmpty else { return false }
        return [
            "richesses_humaines": (m.richessesHumaines ?? []).map { h -> [String: Any] in
                ["echelon": orFalse(h.echelon.map { e(referentiel.label($0, in: \.echelons)) }), "texte": md(h.texte)]
            },
            "financements": (m.financements ?? []).map(md),
            "partenariats": (m.partenariats ?? []).map(md),
        ]
    }
}

/// A template value for an optional: the value, or `false` when absent. Mustache treats a missing key
/// as "look in the enclosing context" and renders a stored nil as text; `false` is simply falsy.
func orFalse(_ value: Any?) -> Any {
    value ?? false
}
