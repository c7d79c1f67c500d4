#!/usr/bin/env python3
"""Writes a content folder with N synthetic monographs, for the benchmark (make bench).

    bench/generate.py --count 1000 --out /tmp/site [--seed 7] [--source Content]

The sections' headings and the referentiel's ids come from `monograph schema` (tools/content_format.py),
run with --binary (default: .build/release/monograph), or from the file given with --schema.

Result: OUT/Content/ with site.yml, referentiel.yml, livret/ and synthese.md copied unchanged from the
source content folder, and reseaux/<slug>.md: N monographs valid per FORMAT.md §4. Their ids come from
referentiel.yml; their completeness varies (a fifth have only the required fields, the others some or
all of the structured sections), and their bodies are a lead plus a few sections of French prose with
lists, emphasis and links. The same seed gives the same files.
"""

import argparse
import json
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from content_format import ContentFormat  # noqa: E402  (the format, from `monograph schema`)

# --- French text -----------------------------------------------------------------------------------

PREFIXES = ["Fédération nationale", "Union nationale", "Réseau", "Association nationale", "Mouvement",
            "Coordination", "Union régionale", "Collectif", "Comité national", "Alliance"]
THEMES = ["des centres sociaux", "des foyers ruraux", "des maisons de santé", "de l’insertion par l’activité",
          "des jardins partagés", "de l’éducation populaire", "des épiceries solidaires", "de l’aide à domicile",
          "des acteurs du handicap", "de la médiation numérique", "des chantiers d’insertion", "des tiers-lieux",
          "de la protection de l’enfance", "des ressourceries", "du tourisme social", "des radios associatives",
          "de l’habitat participatif", "des accueils de jour", "du sport pour tous", "de la culture en milieu rural"]
DOMAINS = ["Action sociale et médico-sociale", "Insertion par l’activité économique", "Environnement",
           "Éducation populaire", "Santé", "Culture", "Sport", "Égalité des chances", "Logement",
           "Accompagnement des familles", "Développement des territoires ruraux", "Solidarité internationale"]
TYPES_TDR = ["Tête de réseau nationale", "Tête de réseau régionale", "Fédération d’associations",
             "Tête de réseau nationale issue d’un projet de terrain", "Union d’associations départementales"]
SUBJECTS = ["La tête de réseau", "Le réseau", "L’équipe nationale", "Les fédérations départementales",
            "Les associations membres", "Les unions régionales", "Le conseil d’administration",
            "Les bénévoles", "Un groupe de travail dédié", "Les salariés du siège"]
# (singular, plural) forms, agreed with the subject.
VERBS = [("accompagne", "accompagnent"), ("soutient", "soutiennent"), ("expérimente", "expérimentent"),
         ("met en place", "mettent en place"), ("anime", "animent"), ("développe", "développent"),
         ("outille", "outillent"), ("finance", "financent"), ("structure", "structurent"),
         ("fait connaître", "font connaître"), ("modélise", "modélisent"), ("essaime", "essaiment"),
         ("coordonne", "coordonnent"), ("évalue", "évaluent")]
OBJECTS = ["des projets de territoire", "de nouvelles formes d’accueil", "des tiers-lieux en milieu rural",
           "un dispositif d’appui aux expérimentations", "des formations pour les bénévoles",
           "des outils de pilotage partagés", "un fonds de dotation pour l’innovation",
           "des rencontres entre régions", "des services de proximité", "des points de médiation numérique",
           "une plateforme collaborative", "des études sur les besoins des habitants",
           "des partenariats avec les collectivités", "des démarches de co-construction"]
COMPLEMENTS = ["au plus près des besoins des habitants", "avec le soutien de partenaires publics",
               "depuis le début des années 2000", "dans plusieurs départements", "en lien avec les collectivités locales",
               "sans attendre de financement dédié", "à partir des initiatives de terrain",
               "pour répondre à des besoins nouveaux", "avec une attention particulière aux territoires ruraux",
               "grâce à l’engagement des bénévoles", "dans le cadre du projet associatif"]
CONNECTORS = ["Par ailleurs", "En parallèle", "Depuis", "Dans le même temps", "Concrètement", "Ainsi",
              "À l’échelle régionale", "Au niveau national", "Pour autant", "De plus"]
QUESTIONS = ["Comment essaimer sans perdre l’esprit du projet d’origine ?",
             "Qui finance la modélisation d’une innovation locale ?",
             "Faut-il une fonction dédiée à l’innovation ?"]
LINKS = [("le rapport annuel", "https://www.exemple.org/rapport-annuel"),
         ("la charte du réseau", "https://www.exemple.org/charte"),
         ("le site du Mouvement associatif", "https://lemouvementassociatif.org/"),
         ("l’étude d’impact", "https://www.exemple.org/etudes/impact.pdf")]


def emphasise(rng, text):
    """Puts emphasis, strong emphasis or inline code on a word now and then."""
    words = text.split(" ")
    if len(words) > 4 and rng.random() < 0.35:
        i = rng.randrange(1, len(words) - 1)
        if words[i].isalpha() and len(words[i]) > 3:
            words[i] = rng.choice(["*{}*", "**{}**", "_{}_"]).format(words[i])
    return " ".join(words)


def clause(rng):
    subject = rng.choice(SUBJECTS)
    verb = rng.choice(VERBS)[1 if subject.startswith("Les ") else 0]
    return f"{subject} {verb} {rng.choice(OBJECTS)}"


def sentence(rng, emphasis=True):
    s = f"{clause(rng)} {rng.choice(COMPLEMENTS)}"
    r = rng.random()
    if r < 0.15:
        s = f"{rng.choice(CONNECTORS)}, {s[0].lower()}{s[1:]}"
    elif r < 0.25:
        s += f" : {rng.choice(OBJECTS)}, {rng.choice(OBJECTS)}"
    elif r < 0.32:
        more = clause(rng)
        s += f" ; {more[0].lower()}{more[1:]}"
    elif r < 0.37:
        s += f", ce que le réseau appelle « {rng.choice(OBJECTS)} »"
    if rng.random() < 0.1:
        text, url = rng.choice(LINKS)
        s += f" (voir [{text}]({url}))"
    return (emphasise(rng, s) if emphasis else s) + "."


def paragraph(rng, lo=2, hi=5):
    text = " ".join(sentence(rng) for _ in range(rng.randint(lo, hi)))
    if rng.random() < 0.08:
        text += " " + rng.choice(QUESTIONS)
    return text


def bullet_list(rng):
    marker = rng.choice(["-", "*", "1."])
    items = [f"{rng.choice(OBJECTS).capitalize()} {rng.choice(COMPLEMENTS)}" for _ in range(rng.randint(3, 6))]
    if marker == "1.":
        return "\n".join(f"{n}. {emphasise(rng, item)}" for n, item in enumerate(items, 1))
    return "\n".join(f"{marker} {emphasise(rng, item)}" for item in items)


def section_body(rng):
    blocks = [paragraph(rng) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.45:
        blocks.insert(rng.randrange(1, len(blocks) + 1), bullet_list(rng))
    if rng.random() < 0.1:
        blocks.append(f"> {sentence(rng, emphasis=False)}")
    return "\n\n".join(blocks)


# --- YAML ------------------------------------------------------------------------------------------

PLAIN_START = re.compile(r"^[-?:,\[\]{}#&*!|>'\"%@`«]")


def scalar(text):
    """`text` as a YAML scalar: plain when that is unambiguous, else double-quoted (JSON is valid YAML)."""
    if (": " in text or " #" in text or PLAIN_START.match(text) or text != text.strip() or text.endswith(":")
            or text.lower() in {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}):
        return json.dumps(text, ensure_ascii=False)
    return text


def folded(text, indent):
    """A long text as a folded block (`>-`), wrapped at about 100 columns like the real content."""
    pad = " " * indent
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 100:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return ">-\n" + "\n".join(pad + l for l in lines)


def text_value(rng, text, indent):
    return folded(text, indent) if len(text) > 90 and rng.random() < 0.6 else scalar(text)


def id_list(rng, ids, lo=1, hi=3):
    chosen = rng.sample(ids, rng.randint(lo, min(hi, len(ids))))
    chosen.sort(key=ids.index)
    return "[" + ", ".join(chosen) + "]"


# --- Monographs ------------------------------------------------------------------------------------


def slugify(text):
    text = unicodedata.normalize("NFKD", text.replace("’", "-").replace("'", "-"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def monograph(rng, index, fmt):
    """One monograph's file text. Completeness: 0 = required fields only, 1 = some sections, 2 = all."""
    ref = fmt.ids
    completeness = rng.choices([0, 1, 2], weights=[2, 4, 4])[0]
    nom = f"{rng.choice(PREFIXES)} {rng.choice(THEMES)} {index}"
    out = ["---", f"nom: {scalar(nom)}"]
    if rng.random() < 0.7:
        out.append(f"numero: {index}")
    out.append(f"titre: {scalar(sentence(rng, emphasis=False)[:-1])}")
    out.append(f"domaine: {scalar(rng.choice(DOMAINS))}")
    wanted = set(range(6)) if completeness == 2 else set(rng.sample(range(6), rng.randint(1, 4))) if completeness else set()

    if completeness and rng.random() < 0.6:
        out.append(f"missions: {scalar(emphasise(rng, sentence(rng, emphasis=False)))}")
    if 0 in wanted:
        out.append("identite:")
        out.append(f"  type: {scalar(rng.choice(TYPES_TDR))}")
        creation = rng.randint(1901, 2020)
        out.append(f"  creation: {creation}")
        if rng.random() < 0.3:
            out.append(f"  creation_note: {scalar('à partir d’une première association locale')}")
        if rng.random() < 0.7:
            out.append(f"  structure: {rng.randint(3, 95)} fédérations départementales et {rng.randint(2, 13)} unions régionales")
        out.append(f"  salaries_tdr: {rng.randint(2, 120)}")
        if rng.random() < 0.6:
            out.append(f"  salaries_reseau: {rng.randint(50, 40000)}")
        if rng.random() < 0.7:
            out.append(f"  adherents: {rng.randint(10, 3000):,} associations adhérentes".replace(",", " "))
        if rng.random() < 0.5:
            out.append(f"  budget: {rng.randint(1, 90) / 10:.1f} M€".replace(".", ","))
    if 1 in wanted:
        out.append("dynamique:")
        out.append(f"  natures: {id_list(rng, ref['natures'])}")
    if 2 in wanted:
        out.append("cycles:")
        year = rng.randint(1945, 1990)
        for _ in range(rng.randint(1, 3)):
            out.append(f"  - debut: {year}")
            if rng.random() < 0.4:
                out.append("    approximatif: true")
            out.append(f"    titre: {scalar(sentence(rng, emphasis=False)[:-1])}")
            out.append(f"    contexte: {text_value(rng, paragraph(rng, 1, 2), 6)}")
            out.append(f"    reponse: {text_value(rng, paragraph(rng, 1, 3), 6)}")
            out.append(f"    natures: {id_list(rng, ref['natures'], 1, 2)}")
            if rng.random() < 0.7:
                out.append(f"    qualification: {text_value(rng, paragraph(rng, 1, 2), 6)}")
            if rng.random() < 0.8:
                out.append("    innovations:")
                for _ in range(rng.randint(1, 2)):
                    out.append(f"      - nom: {scalar(rng.choice(OBJECTS).capitalize())}")
                    out.append(f"        description: {text_value(rng, paragraph(rng, 1, 2), 10)}")
                    if rng.random() < 0.6:
                        out.append(f"        types: {id_list(rng, ref['types'], 1, 2)}")
                    if rng.random() < 0.5:
                        out.append(f"        phase: {rng.choice(ref['phases'])}")
            year += rng.randint(8, 25)
    if 3 in wanted:
        out.append("pratiques:")
        for _ in range(rng.randint(1, 8)):
            out.append(f"  - echelon: {rng.choice(ref['echelons'])}")
            out.append(f"    fonction: {rng.choice(ref['fonctions'])}")
            if rng.random() < 0.5:
                out.append(f"    intensite: {rng.choice([1, 2])}")
            out.append("    actions:")
            for _ in range(rng.randint(1, 4)):
                action = f"{rng.choice(OBJECTS).capitalize()} {rng.choice(COMPLEMENTS)}"
                if rng.random() < 0.5:
                    out.append(f"      - texte: {scalar(emphasise(rng, action))}")
                    out.append(f"        phases: {id_list(rng, ref['phases'], 1, 2)}")
                else:
                    out.append(f"      - {scalar(emphasise(rng, action))}")
    if 4 in wanted:
        out.append("modele_socio_economique:")
        if rng.random() < 0.7:
            out.append("  richesses_humaines:")
            for _ in range(rng.randint(1, 3)):
                out.append(f"    - echelon: {rng.choice(ref['echelons'])}")
                out.append(f"      texte: {text_value(rng, paragraph(rng, 1, 2), 8)}")
        for key in ("financements", "partenariats"):
            if rng.random() < 0.8:
                out.append(f"  {key}:")
                out.extend(f"    - {scalar(sentence(rng))}" for _ in range(rng.randint(1, 4)))
    if 5 in wanted:
        out.append("perspectives:")
        out.extend(f"  - {scalar(sentence(rng))}" for _ in range(rng.randint(2, 5)))
    out.append("---")

    # Prose: a lead most of the time, most structured sections commented on, and a few sections with
    # prose only.
    body = [paragraph(rng)] if completeness == 0 or rng.random() < 0.8 else []
    for s in range(6):
        if rng.random() < (0.75 if s in wanted else 0.15):
            body.append(f"## {fmt.sections[s][1]}\n\n{section_body(rng)}")
    return slugify(nom), "\n".join(out) + "\n" + "\n\n".join(body) + "\n"


def generate(count, out, source, seed, binary=None, schema=None):
    """Writes the content folder; returns the size of the monographs. The sections' headings and the
    referentiel's ids are the format's, read from `binary` (`monograph schema`), or from the file
    `schema` that it wrote."""
    source, content = Path(source), Path(out) / "Content"
    fmt = ContentFormat.read(schema) if schema else ContentFormat.load(binary, source)
    if len(fmt.sections) != 6:
        sys.exit(f"generate.py: written for six sections, the format has {len(fmt.sections)}")
    if content.exists():
        shutil.rmtree(content)
    (content / "reseaux").mkdir(parents=True)
    for name in ("site.yml", "referentiel.yml", "synthese.md"):
        shutil.copy2(source / name, content / name)
    shutil.copytree(source / "livret", content / "livret")
    rng = random.Random(seed)
    total = 0
    for i in range(1, count + 1):
        slug, text = monograph(rng, i, fmt)
        fmt.check(text, f"reseaux/{slug}.md")
        (content / "reseaux" / f"{slug}.md").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", required=True, help="folder that receives Content/")
    parser.add_argument("--source", default="Content", help="content folder to copy the site files from")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--binary", help="monograph, whose schema gives the format (default: the release build)")
    parser.add_argument("--schema", help="the schema `monograph schema` wrote, instead of running it")
    args = parser.parse_args()
    size = generate(args.count, args.out, args.source, args.seed, args.binary, args.schema)
    print(f"{args.count} monographs, {size / 1e6:.1f} MB, in {Path(args.out) / 'Content'}")


if __name__ == "__main__":
    main()
