# Two entry points for people: `make demo` and `make test`. Both create their own virtual environments.
PYTHON ?= python3
VENV := .venv
VENV10 := .venv-1.0
VENVMEMO := .venv-memoranda
MEMORANDA := packs/datasette-demands-memoranda
MEMORANDA_RULES := $(MEMORANDA)/datasette_demands_memoranda/rules
DB := demo.db
# The memoranda demo is built in a folder of its own under the same file name, so that Datasette names it
# `demo` and metadata.yml (keyed by that name) gives it the same facets, queries and descriptions.
MEMODB := memoranda/demo.db
# `make demo PORT=8765` serves elsewhere when 8001 is taken.
PORT ?= 8001
DATASETTE_10 := datasette==1.0a41
# datasette-enrichments 0.5.x fails on Datasette 1.0 (it calls permission_allowed); 0.6a0 is for 1.0
ENRICHMENTS_10 := datasette-enrichments>=0.6a0

.PHONY: demo demo-10 demo-memoranda build test test-065 test-labelling test-web-065 test-10 rules-check eval bench clean

# Two steps per environment: `.demo-ready`, what serving the demo needs (the plugin and Datasette), for
# `make demo`, `make demo-10` and `make rules-check` (a rule contributor's check); `.ready`, the same plus the test extras (dask, Playwright, the
# enrichments, ...), for `make test` and the targets that run the suite's tools.
$(VENV)/.demo-ready: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e . 'datasette>=0.65,<0.66'
	touch $@

$(VENV)/.ready: $(VENV)/.demo-ready pyproject.toml
	$(VENV)/bin/pip install -q -e '.[test]' 'datasette>=0.65,<0.66'
	touch $@

$(VENV10)/.demo-ready: pyproject.toml
	$(PYTHON) -m venv $(VENV10)
	$(VENV10)/bin/pip install -q --upgrade pip
	$(VENV10)/bin/pip install -q -e . '$(DATASETTE_10)'
	touch $@

$(VENV10)/.ready: $(VENV10)/.demo-ready pyproject.toml
	$(VENV10)/bin/pip install -q -e '.[test]' '$(DATASETTE_10)' '$(ENRICHMENTS_10)'
	touch $@

# The memoranda rule pack installed in a virtual environment of its own, so that `make demo` and
# `make test` keep the core pack alone.
$(VENVMEMO)/.ready: pyproject.toml $(MEMORANDA)/pyproject.toml
	$(PYTHON) -m venv $(VENVMEMO)
	$(VENVMEMO)/bin/pip install -q --upgrade pip
	$(VENVMEMO)/bin/pip install -q -e . -e $(MEMORANDA) 'datasette>=0.65,<0.66'
	touch $@

build: $(VENV)/.demo-ready
	$(VENV)/bin/datasette demands build $(DB) seeds/

demo: build
	$(VENV)/bin/datasette serve $(DB) --metadata metadata.yml --host 127.0.0.1 --port $(PORT)

# The demo with the memoranda pack installed: eight categories (the core five, sanctions, elections,
# language_religion).
demo-memoranda: $(VENVMEMO)/.ready
	$(VENVMEMO)/bin/datasette demands packs
	mkdir -p $(dir $(MEMODB))
	$(VENVMEMO)/bin/datasette demands build $(MEMODB) seeds/
	$(VENVMEMO)/bin/datasette serve $(MEMODB) --metadata metadata.yml --host 127.0.0.1 --port $(PORT)

# The same demo on Datasette 1.0, which reads facets and canned queries from the config file (-c).
demo-10: $(VENV10)/.demo-ready
	$(VENV10)/bin/datasette demands build $(DB) seeds/
	$(VENV10)/bin/datasette serve $(DB) -m metadata.yml -c metadata.yml --host 127.0.0.1 --port $(PORT)

rules-check: $(VENV)/.demo-ready
	$(VENV)/bin/datasette demands rules lint rules/
	$(VENV)/bin/datasette demands rules test rules/
	$(VENV)/bin/datasette demands rules lint --rules $(MEMORANDA_RULES)
	$(VENV)/bin/datasette demands rules test --rules $(MEMORANDA_RULES)

eval: $(VENV)/.ready
	$(VENV)/bin/datasette demands eval tests/gold/seeds.jsonl tests/gold/dev.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check2.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check3.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check4.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check5.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check6.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check7.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check8.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check9.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check10.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check11.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check12.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check13.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check14.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check15.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check16.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check17.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check18.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check19.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check20.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check21.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check22.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check23.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check24.jsonl
	$(VENV)/bin/datasette demands eval tests/gold/check25.jsonl
	$(VENV)/bin/datasette demands eval --rules $(MEMORANDA_RULES) $(MEMORANDA)/gold/dev.jsonl
	$(VENV)/bin/datasette demands eval --rules $(MEMORANDA_RULES) $(MEMORANDA)/gold/heldout.jsonl

bench: $(VENV)/.ready
	$(VENV)/bin/python benchmarks/bench_start.py --runs 5 --articles 100
	$(VENV)/bin/python benchmarks/bench_build.py --mb 100 --runs 3 --pages-sentences 1000000

# Tests marked `labelling` read no Datasette code (tests/test_layout.py checks it) and the two lines share
# every library labelling uses, so they run once, on the 0.65 line; the others run on both lines.
test-065: test-labelling test-web-065

# the labelling tests are pure functions of text: pytest-xdist spreads them over two worker processes
test-labelling: $(VENV)/.ready
	$(VENV)/bin/pytest -q -p no:cacheprovider -n 2 -m "labelling"

test-web-065: $(VENV)/.ready
	$(VENV)/bin/pytest -q -p no:cacheprovider -m "not labelling"

test-10: $(VENV10)/.ready
	$(VENV10)/bin/pytest -q -p no:cacheprovider -m "not labelling"

# The whole suite: the rulebook's own checks, the labelling tests on two cores, then the rest on both Datasette
# lines at once (pytest works on one core), each line's output printed whole when it ends; both lines run even
# when one fails (-k), and any failure fails `make test`.
test: rules-check test-labelling
	$(MAKE) -j2 -k --output-sync=target test-web-065 test-10

clean:
	rm -rf $(VENV) $(VENV10) $(VENVMEMO) $(DB) $(DB)-wal $(DB)-shm $(dir $(MEMODB)) test-artifacts
