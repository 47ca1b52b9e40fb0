# Two commands for a new user: `make demo` and `make test`. Both go through `make setup`,
# which installs only what is missing (Debian packages, then a .venv with the package).
SHELL := /bin/bash
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# default-jre-headless and the lib*-java jars: the vendored veraPDF (tools/verapdf) the tests run.
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd libzbar0 poppler-utils \
	jbig2dec fonts-dejavu-core fonts-liberation chromium postgresql \
	$(shell cat tools/verapdf/debian-packages.txt)
STAMP := $(VENV)/.installed

.PHONY: setup apt demo test test-unit lint format bench bench-types scaleout samples clean

setup: apt $(STAMP)

apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "need $(PY) (Python 3.11)"; exit 2; }
	@[ -x $(BIN)/python ] || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $(STAMP)

demo: setup
	$(BIN)/digitize demo --out var

# Two test processes (pytest-xdist), a module per process at a time: module fixtures are built once.
TEST_WORKERS ?= 2

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -q -n $(TEST_WORKERS) --dist loadfile --durations=15

# The fast tier: no Prefect, no database, no browser, no object store.
test-unit: setup
	$(BIN)/pytest -q -m unit

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

# OCRmyPDF is only the benchmark's yardstick, not a dependency: its own .venv, pinned here,
# and Ghostscript, which it needs.
OCRMYPDF_VENV := .venv-ocrmypdf
OCRMYPDF_VERSION := 17.13.0

bench: setup $(OCRMYPDF_VENV)/.installed
	OCRMYPDF=$(OCRMYPDF_VENV)/bin/ocrmypdf $(BIN)/python -m bench.run

$(OCRMYPDF_VENV)/.installed:
	@dpkg-query -W -f='$${Status}' ghostscript 2>/dev/null | grep -q "install ok installed" || { \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq ghostscript >/dev/null; }
	@[ -x $(OCRMYPDF_VENV)/bin/python ] || $(PY) -m venv $(OCRMYPDF_VENV)
	$(OCRMYPDF_VENV)/bin/pip install -q ocrmypdf==$(OCRMYPDF_VERSION)
	@touch $@

scaleout: setup
	$(BIN)/python -m bench.scaleout

# Document types on scans of the reserved sources' text, through `digitize process`: the table
# the README quotes under "Document types".
bench-types: setup
	$(BIN)/python -m bench.types_on_scans --report bench/types_on_scans.md

samples: setup
	$(BIN)/python -m sample_scans.generate --seed 7 --out sample_scans/batches

clean:
	rm -rf var .pytest_cache .ruff_cache
