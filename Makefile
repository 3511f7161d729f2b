# Two commands a newcomer needs: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench catalogue mutants clean

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
# (--dist worksteal: a worker that runs out takes queued tests from the other, so the long
# end-to-end journeys do not leave one core idle at the end: 588 s → 442 s on 2 cores)
# (one worker more than the cores: the end-to-end journeys spend much of their time waiting on
# the bot and sandbox processes they start, and a third worker uses the core they leave idle:
# 529 s → 436 s for the suite on 2 cores, the clean-clone CI run 10 m 15 s → 8 m 35 s)
test: $(STAMP)
	$(BIN)/ruff check bot handlers tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n $$(( $$(nproc) + 1 )) --dist worksteal

lint: $(STAMP)
	$(BIN)/ruff check bot handlers tests bench
	$(BIN)/mypy

catalogue: $(STAMP)
	$(BIN)/python -m bot catalogue load

bench: $(STAMP)
	$(BIN)/python -m bot bench

## mutants: mutation testing of the core ([tool.mutmut] in pyproject.toml); not part of `test` or CI.
## Slow: all ten modules take hours on 2 cores, so narrow it, e.g. make mutants MUTANTS='bot.notice.*'
## (mutmut keeps results in mutants/ and resumes); the score per module is printed at the end.
MUTANTS ?= bot.catalogue.numbers.* bot.catalogue.fields.* bot.catalogue.parser.* \
	bot.catalogue.outline.* bot.db.outbox.* bot.reminders.* bot.eligibility.* bot.notice.* \
	bot.buttons.* bot.web.*
mutants: $(STAMP)
	$(BIN)/mutmut run --max-children 2 $(foreach m,$(MUTANTS),'$(m)')
	$(BIN)/python bench/mutation_score.py mutants

clean:
	rm -rf $(VENV) .state .pytest_cache .mypy_cache .ruff_cache mutants
