# storywatch: the commands of ../shared/CONTRACT.md. Every target installs what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint fmt bench fast soak constraints clean

install: $(STAMP)

# Idempotent: rebuilt only when the project's dependencies change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/storywatch demo

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy src

fmt: install
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

test: install lint
	$(BIN)/python -m pytest -q -m 'not soak'

soak: install
	$(BIN)/python -m pytest -q -m soak

# Opt-in: the classifier compiled with mypyc into build/fast (same output; 1.3x on the bench
# corpus, 1.4-1.6x on text read for the first time). The default stays the pure-Python package;
# use the compiled one with PYTHONPATH=build/fast, and make it again after any change to src
# (it is a copy). resources.py (data tables read once) stays interpreted. The classify tests
# run against the build before it counts as made.
FAST := build/fast
fast: install
	rm -rf $(FAST) && mkdir -p $(FAST) && cp -r src/storywatch $(FAST)/
	find $(FAST) -name __pycache__ -prune -exec rm -rf {} +
	cd $(FAST) && $(CURDIR)/$(BIN)/mypyc $$(ls storywatch/classify/*.py | grep -v /resources.py)
	PYTHONPATH=$(FAST) $(BIN)/python -m pytest -q -p no:cacheprovider tests/classify

bench: install
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test,bench]'
	$(BIN)/storywatch bench --json

# Regenerate the pinned constraints from a fresh resolve (run on purpose, not by CI).
constraints:
	rm -rf /tmp/sw-constraints && $(PYTHON) -m venv /tmp/sw-constraints
	/tmp/sw-constraints/bin/pip install -q '.[test,bench]'
	/tmp/sw-constraints/bin/pip freeze --exclude storywatch > constraints.txt

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build
