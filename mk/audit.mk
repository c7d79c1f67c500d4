# Quality gates and PDF output.
#   make audit-deps   installs Java, Chromium (apt-get) and the Python tools (.venv-audit/)
#   make audit        builds the site, then checks validity, links, accessibility, width, weight; screenshots in audit/
#   make audit-large  the same checks on a copy of the site with 30 more synthetic monographs, after
#                     the weight of every page of a site of 2,000 synthetic monographs (none over 1 MB)
#   make pdf          Output/pdf/collection.pdf, the printed collection, and Output/pdf/<slug>.pdf for each
#                     monograph, laid out by WeasyPrint (.venv-pdf/, Pango and fonts from apt-get); then make epub
#   make epub         Output/epub/collection.epub, the same book as an EPUB 3.3 e-book (checked by make audit)

AUDIT_VENV := .venv-audit
AUDIT_PY := $(AUDIT_VENV)/bin/python
AUDIT_REQUIREMENTS := tools/audit/requirements.txt
AUDIT_LARGE_COUNT ?= 30
AUDIT_SCALE_COUNT ?= 2000
CHROMIUM ?= /usr/bin/chromium
PDF_VENV := .venv-pdf
PDF_PY := $(PDF_VENV)/bin/python
PDF_HTML := .livre-html
PDF_REQUIREMENTS := tools/book/requirements.txt
MAKE_EPUB := $(PDF_PY) tools/book/make_epub.py --output Output --content Content
# Succeeds when the shared library NAME (as in libNAME.so) is installed.
FIND_LIBRARY := python3 -c "import ctypes.util, sys; sys.exit(ctypes.util.find_library(sys.argv[1]) is None)"

.PHONY: audit audit-deps audit-large pdf pdf-deps epub

audit-deps: $(AUDIT_VENV)/.installed
	@$(APT_INSTALL) 'default-jre-headless: command -v java' 'chromium: test -x "$(CHROMIUM)"' \
	  'poppler-utils: command -v pdftoppm'

$(AUDIT_VENV)/.installed: $(AUDIT_REQUIREMENTS)
	@$(APT_INSTALL) 'python3-venv: python3 -c "import ensurepip, venv"'
	python3 -m venv $(AUDIT_VENV)
	$(AUDIT_PY) -m pip install -q --disable-pip-version-check -r $(AUDIT_REQUIREMENTS)
	@touch $@

audit: audit-deps pdf
	$(AUDIT_PY) tools/audit/audit.py --output Output --screenshots audit --pdf --pdf-html $(PDF_HTML) --epub

# The weights at 2,000 monographs come first: they take seconds, and Nu and axe are not run on 2,000 pages.
audit-large: audit-deps build search-deps
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	python3 bench/generate.py --count $(AUDIT_SCALE_COUNT) --out "$$tmp/scale" --source Content >/dev/null && \
	$(BIN) build --content "$$tmp/scale/Content" --output "$$tmp/scale/Output" --sans-recherche >/dev/null && \
	$(AUDIT_PY) tools/audit/audit.py --output "$$tmp/scale/Output" --weights-only && \
	python3 tools/audit/more-monographs.py $(AUDIT_LARGE_COUNT) "$$tmp/Content" && \
	$(BIN) build --content "$$tmp/Content" --output "$$tmp/Output" && \
	$(AUDIT_PY) tools/audit/audit.py --output "$$tmp/Output" --screenshots audit/large

# WeasyPrint draws text with Pango; the book's fonts are Caladea (text) and Liberation Sans (titles).
pdf-deps: $(PDF_VENV)/.installed
	@$(APT_INSTALL) 'libpango-1.0-0: $(FIND_LIBRARY) pango-1.0' 'libpangoft2-1.0-0: $(FIND_LIBRARY) pangoft2-1.0' \
	  'fonts-crosextra-caladea: test -f /usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf' \
	  'fonts-liberation: test -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'

$(PDF_VENV)/.installed: $(PDF_REQUIREMENTS)
	@$(APT_INSTALL) 'python3-venv: python3 -c "import ensurepip, venv"'
	python3 -m venv $(PDF_VENV)
	$(PDF_PY) -m pip install -q --disable-pip-version-check -r $(PDF_REQUIREMENTS)
	@touch $@

# The documents the PDFs are laid out from are kept in .livre-html/ for the audit's typography check.
pdf: pdf-deps site
	$(PDF_PY) tools/book/make_pdf.py --output Output --content Content --html $(PDF_HTML)
	$(MAKE_EPUB)

# The e-book is assembled like the PDF, with the same tools; its cover is drawn in the PDF's fonts.
epub: pdf-deps site
	$(MAKE_EPUB)
