# monograph — construire le site, le tester, le vérifier.
#   make        installe ce qui manque (libcmark, Pagefind), compile en mode release et construit Output/
#   make test   lance tous les tests, puis make lint
#   make lint   vérifie que le code Swift suit .swift-format (make format le remet en forme)
#   make check  valide le contenu sans rien écrire
#   make serve  aperçu en direct sur http://127.0.0.1:8000/
#   make clean  supprime les fichiers produits

SWIFT ?= swift
BIN := .build/release/monograph
SHARED ?= ../shared
# Installs the Debian packages whose check fails (as root or with sudo); see tools/apt-install.sh.
APT_INSTALL := sh tools/apt-install.sh
# The search indexer, found by monograph at this path (see `monograph build --help`).
SEARCH_VENV := .venv-search
PAGEFIND := $(SEARCH_VENV)/bin/pagefind
SEARCH_REQUIREMENTS := tools/search-requirements.txt

.PHONY: all site build deps search-deps test test-deps lint format check clean serve

all: site

deps:
	@$(APT_INSTALL) 'libcmark-dev: pkg-config --exists libcmark' 'pkg-config: command -v pkg-config'

build: deps
	$(SWIFT) build -c release --product monograph

# Pagefind from PyPI (pinned in tools/search-requirements.txt), its binary linked as .venv-search/bin/pagefind.
search-deps: $(PAGEFIND)

$(PAGEFIND): $(SEARCH_REQUIREMENTS)
	@$(APT_INSTALL) 'python3-venv: python3 -c "import ensurepip, venv"'
	python3 -m venv $(SEARCH_VENV)
	$(SEARCH_VENV)/bin/pip install -q --disable-pip-version-check -r $(SEARCH_REQUIREMENTS)
	ln -sf "$$($(SEARCH_VENV)/bin/python -c 'import pagefind_bin; print(pagefind_bin.get_executable())')" $(PAGEFIND)
	@touch $(PAGEFIND)

site: build search-deps
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
	@$(MAKE) --no-print-directory lint

# The Swift sources against the committed .swift-format; `make format` fixes what it can by itself.
lint:
	@SWIFT="$(SWIFT)" tools/format.sh --lint || { \
	  echo "erreur : le code Swift ne suit pas .swift-format. Lancez « make format », puis corrigez à la main ce qui reste signalé." >&2; \
	  exit 1; \
	}

format:
	SWIFT="$(SWIFT)" tools/format.sh

# Python modules of the tests that read our output with outside parsers (tools/test-requirements.txt,
# pinned), installed into .venv-test/, which the tests run: SchemaTests (jsonschema, PyYAML),
# CitationTests (pybtex, citeproc-py), DataPackageTests (frictionless), CatalogTests (rdflib), FeedTests
# (feedparser).
TEST_VENV := .venv-test
TEST_REQUIREMENTS := tools/test-requirements.txt

test-deps: $(TEST_VENV)/.installed

$(TEST_VENV)/.installed: $(TEST_REQUIREMENTS)
	@$(APT_INSTALL) 'python3-venv: python3 -c "import ensurepip, venv"'
	python3 -m venv $(TEST_VENV)
	$(TEST_VENV)/bin/python -m pip install -q --disable-pip-version-check -r $(TEST_REQUIREMENTS)
	@touch $@

serve: build search-deps
	$(BIN) serve

clean:
	rm -rf .build Output .Output.*

# Further targets (audit, pdf, epub, bench, fuzz) live in mk/*.mk.
-include mk/*.mk
