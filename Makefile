# Two commands set everything up on a fresh machine (see README.md):
#   make demo   create .venv, install storyline, build the report of the demo corpus
#   make test   create .venv, install storyline with its test tools, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_OUT ?= demo-out

.PHONY: demo test test-all clean

demo: $(VENV)/.installed
	$(BIN)/storyline build examples/demo --out $(DEMO_OUT) --fresh
	@echo "Open $(abspath $(DEMO_OUT))/index.html in a browser."

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# The slow tests too: they need ../shared/data (skipped when it is not there).
test-all: $(VENV)/.installed-test
	$(BIN)/python -m pytest -m "slow or not slow"

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) $(DEMO_OUT) .pytest_cache .hypothesis
