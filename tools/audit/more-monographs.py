#!/usr/bin/env python3
"""Copies Content/ to DEST and adds N synthetic monographs of varied completeness (FORMAT.md §4),
so that the audit also runs on a larger site: long names, empty and full sections, every view.

Usage: more-monographs.py N DEST [--content Content] [--seed 1]
DEST is the new content folder; it must not exist yet. The sections' headings and the referentiel's ids
come from `monograph schema` over DEST (tools/content_format.py; --binary, default .build/release/monograph).
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from content_format import ContentFormat  # noqa: E402  (the format, from `monograph schema`)

NAMES = [
    "Union des associations de quartier", "Fédération nationale des centres sociaux et socioculturels",
    "Réseau des jardins partagés", "Coordination des épiceries solidaires",
    "Association interdépartementale pour l’insertion professionnelle des personnes éloignées de l’emploi",
    "Collectif des tiers-lieux ruraux", "Mouvement des radios associatives", "Union régionale des foyers de jeunes travailleurs",
    "Fédération des ressourceries", "Réseau national des maisons des associations",
]
DOMAINS = [
    "Éducation populaire", "Insertion par l’activité économique", "Alimentation durable et solidaire",
    "Culture et médias de proximité", "Habitat des jeunes", "Économie circulaire et réemploi",
]
LOREM = [
    "La tête de réseau réunit ses membres autour d’un projet commun et fait remonter les besoins du terrain.",
    "Les fédérations départementales expérimentent des réponses nouvelles avec les collectivités.",
    "Un dispositif d’accompagnement, né dans un territoire, est ensuite modélisé puis essaimé.",
    "Les bénévoles et les salariés co-construisent les outils avec les personnes accompagnées.",
    "Des partenariats avec des fondations financent la phase d’expérimentation.",
    "L’intercompréhension entre échelons demande des temps d’échange réguliers et outillés.",
]
CYCLE_TITLES = [
    "Structurer le réseau autour d’un premier service", "S’ouvrir à de nouveaux publics",
    "Professionnaliser l’accompagnement des membres", "Coopérer avec les collectivités territoriales",
    "Changer d’échelle par l’essaimage",
]
# A long unbreakable word, as found in real titles, to catch layouts that overflow narrow screens.
LONG_WORD = "anticonstitutionnellement-interdépartemental"
# The sections this script fills, by id, in the order of the format (checked against it).
SECTIONS = ["carte-identite", "dynamique", "cycles", "pratiques", "modele-socio-economique", "perspectives"]
VIEWS = ["phases", "natures", "completude", "fonctions-par-reseau"]


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def ids_list(values: list[str]) -> str:
    return "[" + ", ".join(values) + "]"


def sentence(rng: random.Random, count: int = 1) -> str:
    return " ".join(rng.choice(LOREM) for _ in range(count))


def monograph(index: int, rng: random.Random, fmt: ContentFormat, numero: int | None) -> str:
    """One monograph; `index` picks which sections are filled so that every combination family appears."""
    ref = fmt.ids
    name = NAMES[index % len(NAMES)] + f" {index + 1}"
    filled = {key for bit, key in enumerate(SECTIONS) if (index * 37 + 11) >> bit & 1} if index % 5 else set()
    if index % 7 == 3:
        filled = set(SECTIONS)  # some monographs are complete
    prose = {key for key in SECTIONS if rng.random() < 0.35}
    if index % 10 == 0:
        prose = set()  # nothing written yet: only the required fields

    lines = ["---", f"nom: {q(name)}"]
    if numero is not None:
        lines.append(f"numero: {numero}")
    title = f"Monographie de synthèse {index + 1} : " + rng.choice(["de l’expérimentation à l’essaimage",
                                                                    "innover par la coopération", "une innovation sur-mesure"])
    if index % 6 == 2:
        title += " " + LONG_WORD
    lines += [f"titre: {q(title)}", f"domaine: {q(rng.choice(DOMAINS))}"]
    if index % 3 == 0:
        lines.append(f"missions: {q('Représenter, *accompagner* et outiller les membres du réseau.')}")

    if "carte-identite" in filled:
        lines += ["identite:", f"  type: {q(rng.choice(['Tête de réseau nationale', 'Fédération régionale', 'Union nationale']))}",
                  f"  creation: {rng.randint(1901, 2020)}"]
        if rng.random() < 0.5:
            lines.append(f"  creation_note: {q('suite à une fusion')}")
        lines += [f"  structure: {q(str(rng.randint(3, 90)) + ' fédérations départementales')}",
                  f"  salaries_tdr: {rng.randint(1, 200)}", f"  salaries_reseau: {rng.randint(10, 40000)}",
                  f"  adherents: {q(str(rng.randint(10, 5000)) + ' associations adhérentes')}",
                  f"  budget: {q(str(rng.randint(1, 40)) + ' M€')}"]
    if "dynamique" in filled:
        lines += ["dynamique:", f"  natures: {ids_list(rng.sample(ref['natures'], rng.randint(1, len(ref['natures']))))}"]
    if "cycles" in filled:
        lines.append("cycles:")
        year = rng.randint(1920, 1990)
        for cycle in range(rng.randint(1, 4)):
            year = min(year + rng.randint(3, 25), 2024 - 3 * (3 - cycle))
            lines += [f"  - debut: {year}", f"    titre: {q(rng.choice(CYCLE_TITLES))}"]
            if rng.random() < 0.3:
                lines.append("    approximatif: true")
            lines += [f"    contexte: {q(sentence(rng))}", f"    reponse: {q(sentence(rng, 2))}",
                      f"    natures: {ids_list(rng.sample(ref['natures'], rng.randint(1, 2)))}"]
            if rng.random() < 0.6:
                lines.append(f"    qualification: {q(sentence(rng))}")
            if rng.random() < 0.7:
                lines.append("    innovations:")
                for number in range(rng.randint(1, 3)):
                    lines += [f"      - nom: {q('Dispositif ' + str(cycle + 1) + '.' + str(number + 1))}",
                              f"        description: {q(sentence(rng))}"]
                    if rng.random() < 0.6:
                        lines.append(f"        types: {ids_list(rng.sample(ref['types'], rng.randint(1, 2)))}")
                    if rng.random() < 0.6:
                        lines.append(f"        phase: {rng.choice(ref['phases'])}")
    if "pratiques" in filled:
        lines.append("pratiques:")
        for echelon in rng.sample(ref["echelons"], rng.randint(1, len(ref["echelons"]))):
            for fonction in rng.sample(ref["fonctions"], rng.randint(1, 3)):
                lines += [f"  - echelon: {echelon}", f"    fonction: {fonction}"]
                if rng.random() < 0.5:
                    lines.append(f"    intensite: {rng.randint(1, 2)}")
                if rng.random() < 0.85:
                    lines.append("    actions:")
                    for _ in range(rng.randint(1, 3)):
                        if rng.random() < 0.5:
                            lines.append(f"      - {q(rng.choice(LOREM))}")
                        else:
                            lines += [f"      - texte: {q(rng.choice(LOREM))}",
                                      f"        phases: {ids_list(rng.sample(ref['phases'], rng.randint(1, 2)))}"]
    if "modele-socio-economique" in filled:
        lines.append("modele_socio_economique:")
        if rng.random() < 0.7:
            lines.append("  richesses_humaines:")
            for echelon in rng.sample(ref["echelons"], rng.randint(1, 2)):
                lines += [f"    - echelon: {echelon}", f"      texte: {q(sentence(rng))}"]
        lines.append(f"  financements: [{q('Cotisations des membres')}, {q('Subventions publiques')}]")
        if rng.random() < 0.5:
            lines.append(f"  partenariats: [{q('Fondations d’entreprise')}]")
    if "perspectives" in filled:
        lines.append("perspectives:")
        lines += [f"  - {q(sentence(rng))}" for _ in range(rng.randint(1, 4))]
    lines.append("---")

    if rng.random() < 0.6:
        lines += [sentence(rng, 2), ""]
    for key, heading in fmt.sections:
        if key in prose:
            lines += [f"## {heading}", "", sentence(rng, rng.randint(1, 4)), ""]
            if key == "perspectives" and index % 4 == 1:
                lines += [f"```vue {VIEWS[index % len(VIEWS)]}", "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description="Copie du contenu avec des monographies synthétiques en plus.")
    parser.add_argument("count", type=int, help="nombre de monographies à ajouter")
    parser.add_argument("dest", type=Path, help="nouveau dossier de contenu (ne doit pas exister)")
    parser.add_argument("--content", type=Path, default=Path("Content"), help="contenu à copier")
    parser.add_argument("--seed", type=int, default=1, help="graine du tirage (même graine, même contenu)")
    parser.add_argument("--binary", help="monograph, dont le schéma donne le format (par défaut, la version compilée)")
    args = parser.parse_args()

    if args.dest.exists() and any(args.dest.iterdir()):
        print(f"erreur : {args.dest} existe déjà et n’est pas vide.", file=sys.stderr)
        return 1
    shutil.copytree(args.content, args.dest, dirs_exist_ok=True)
    fmt = ContentFormat.load(args.binary, args.dest)
    if [section for section, _ in fmt.sections] != SECTIONS:
        print(f"erreur : ce script remplit les sections {SECTIONS}, le format en déclare d’autres : {fmt.sections}",
              file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    existing = len(list((args.dest / "reseaux").glob("*.md")))
    for index in range(args.count):
        numero = existing + index + 1 if index % 4 else None  # some without a number: listed last
        path = args.dest / "reseaux" / f"reseau-synthetique-{index + 1:03d}.md"
        text = monograph(index, rng, fmt, numero)
        fmt.check(text, path.name)
        path.write_text(text, encoding="utf-8")
    print(f"{args.count} monographie{'s' if args.count > 1 else ''} synthétique{'s' if args.count > 1 else ''} ajoutée{'s' if args.count > 1 else ''} dans {args.dest}/reseaux/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
