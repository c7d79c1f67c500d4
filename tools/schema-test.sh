#!/usr/bin/env bash
# The JSON Schema of `monograph schema` against real monographs, a new skeleton and bad fixtures:
# it must accept every file `monograph check` accepts and reject the bad ones, which check rejects too.
set -euo pipefail
bin=${1:-.build/debug/monograph}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/good" "$work/site"
"$bin" schema > "$work/schema.json"
cp Content/reseaux/*.md Tests/MonographKitTests/Fixtures/minimal/Content/reseaux/*.md "$work/good/"
cp -r Tests/MonographKitTests/Fixtures/minimal/Content "$work/site/"
"$bin" new "Réseau d'essai du schéma" --content "$work/site/Content" > /dev/null
cp "$work/site/Content/reseaux/reseau-d-essai-du-schema.md" "$work/good/"
status=0
for bad in Tests/MonographKitTests/Fixtures/bad/*.md; do
  cp -r Tests/MonographKitTests/Fixtures/minimal/Content "$work/check"
  cp "$bad" "$work/check/reseaux/bad.md"
  if "$bin" check --content "$work/check" > /dev/null 2>&1; then
    echo "$bad: accepted by monograph check"; status=1
  fi
  rm -rf "$work/check"
done
python3 tools/schema-check.py "$work/schema.json" "$work/good" Tests/MonographKitTests/Fixtures/bad || status=1
exit $status
