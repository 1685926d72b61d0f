# Every target works on a fresh clone: the virtualenv is created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
DEV_ENV := DEBUG=1

.PHONY: run serve test lint format check messages ci clean bench bench-images

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the pins change.
$(VENV)/.installed: requirements.txt $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.installed ## Migrate the embedded SQLite database, load demo content, serve.
	$(DEV_ENV) $(BIN)/python manage.py migrate --no-input
	$(DEV_ENV) $(BIN)/python manage.py load_demo
	@echo "Serving http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(DEV_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production: the environment must hold SECRET_KEY, ALLOWED_HOSTS (and SITE_URL,
# DATABASE_URL…); any deploy-check warning stops it before anything changes.
serve: $(VENV)/.installed ## Checks, migrations, static files, then gunicorn on HOST:PORT.
	$(BIN)/python manage.py check --deploy --fail-level WARNING
	DB_STATEMENT_TIMEOUT_MS=0 $(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py collectstatic --no-input --verbosity 0
	HOST=$(HOST) PORT=$(PORT) exec $(BIN)/gunicorn --config python:newsroom.gunicorn_conf

test: $(VENV)/.installed-dev ## The whole suite; PostgreSQL when DATABASE_URL is set.
	$(BIN)/pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: $(VENV)/.installed-dev ## Pending migrations and the production deploy checklist.
	$(DEV_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	DEBUG=0 SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
		ALLOWED_HOSTS=news.example.org $(BIN)/python manage.py check --deploy --fail-level WARNING

messages: $(VENV)/.installed-dev ## Refresh and compile the id/en catalogues.
	$(DEV_ENV) $(BIN)/python manage.py makemessages -l id -l en --ignore=.venv --ignore=tests --no-location --no-wrap
	$(DEV_ENV) $(BIN)/python manage.py compilemessages --ignore=.venv

bench: bench-http bench-images ## Performance measurements (see each script's docstring).

bench-http: $(VENV)/.installed ## The production server under wrk: req/s, p50/p99, ratio to the framework floor.
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(BIN)/python bench/server_load.py

bench-images: $(VENV)/.installed ## Photo renditions per second (24 MP) and peak memory per upload (24/50 MP).
	$(DEV_ENV) $(BIN)/python bench/renditions.py

soak: $(VENV)/.installed ## 60 s, 64 connections on the production server: no 5xx, stable memory.
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(BIN)/python bench/soak.py

restore-drill: $(VENV)/.installed ## Back up a scratch database, restore it elsewhere, check the copy.
	$(BIN)/python bench/restore_drill.py

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
