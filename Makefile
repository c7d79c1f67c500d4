# monograph — construire le site, le tester, le vérifier.
#   make        installe ce qui manque (libcmark), compile en mode release et construit Output/
#   make test   lance tous les tests
#   make check  valide le contenu sans rien écrire
#   make serve  aperçu en direct sur http://127.0.0.1:8000/
#   make clean  supprime les fichiers produits

SWIFT ?= swift
BIN := .build/release/monograph
SHARED ?= ../shared

.PHONY: all site build deps test test-deps check clean serve

all: site

deps:
	@if pkg-config --exists libcmark 2>/dev/null; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo "libcmark absente : installation de libcmark-dev et pkg-config avec apt-get…"; \
	  (apt-get install -y -q libcmark-dev pkg-config || (apt-get update -q && apt-get install -y -q libcmark-dev pkg-config)) >/dev/null || exit 1; \
	elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then \
	  echo "libcmark absente : installation de libcmark-dev et pkg-config avec sudo apt-get…"; \
	  sudo apt-get install -y -q libcmark-dev pkg-config >/dev/null || exit 1; \
	else \
	  echo "erreur : libcmark est introuvable. Installez le paquet Debian « libcmark-dev » (et « pkg-config »), puis relancez make." >&2; \
	  exit 1; \
	fi

build: deps
	$(SWIFT) build -c release --product monograph

site: build
	$(BIN) build

check: build
	$(BIN) check

test: deps test-deps
	$(SWIFT) build --product monograph
	$(SWIFT) test
	@if [ -x "$(SHARED)/tools/verbatim-check" ]; then \
	  "$(SHARED)/tools/verbatim-check" Content; \
	else \
	  echo "verbatim-check : outil absent ($(SHARED)/tools), contrôle ignoré"; \
	fi

# Python modules of the schema test (SchemaTests: jsonschema, PyYAML), installed with pip when missing.
test-deps:
	@python3 -c "import jsonschema, yaml" 2>/dev/null || python3 -m pip install -q jsonschema pyyaml

serve: build
	$(BIN) serve

clean:
	rm -rf .build Output .Output.*

# Further targets (audit, pdf, bench, fuzz) live in mk/*.mk.
-include mk/*.mk
