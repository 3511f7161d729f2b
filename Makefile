# Two commands a newcomer needs: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench catalogue clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

## run: load the catalogue, then the bot (real Telegram with ZHINAN_TELEGRAM_TOKEN, else the local demo)
run: $(STAMP)
	$(BIN)/python -m bot catalogue load
	$(BIN)/python -m bot start

## test: lint, type-check and the whole test suite (unit, end-to-end, browser)
test: $(STAMP)
	$(BIN)/ruff check bot handlers tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check bot handlers tests bench
	$(BIN)/mypy

catalogue: $(STAMP)
	$(BIN)/python -m bot catalogue load

bench: $(STAMP)
	$(BIN)/python -m bot bench

clean:
	rm -rf $(VENV) .state .pytest_cache .mypy_cache .ruff_cache
