"""Project-level guarantees: routes, migrations, settings parsing."""

import os
import re
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.urls import get_resolver

from articles.models import RESERVED_SLUGS


def test_every_top_level_route_is_a_reserved_section_slug():
    prefixes = set()
    for pattern in get_resolver().url_patterns:
        inner_patterns = getattr(pattern, "url_patterns", None)
        routes = (
            [str(pattern.pattern) + str(inner.pattern) for inner in inner_patterns]
            if inner_patterns
            else [str(pattern.pattern)]
        )
        for route in routes:
            first = route.lstrip("^/").split("/")[0]
            # Only a first segment that could be a section slug can clash.
            if re.fullmatch(r"[-a-zA-Z0-9_]+", first):
                prefixes.add(first)

    assert "topik" in prefixes and "indeks" in prefixes
    assert prefixes - set(RESERVED_SLUGS) == set()


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def _start(env):
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='newsroom.settings'; django.setup()",
        ],
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
    )


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = _start({"DEBUG": "0"})

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_a_malformed_boolean_is_an_error_not_false():
    result = _start({"DEBUG": "maybe", "SECRET_KEY": "x"})

    assert result.returncode != 0
    assert "is not a boolean" in result.stderr


def test_debug_with_no_key_starts():
    assert _start({"DEBUG": "1"}).returncode == 0


def _manage(*args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env={"PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
    )


def test_offline_commands_run_without_a_key_but_servers_and_deploy_checks_refuse():
    assert _manage("makemigrations", "--check", "--dry-run").returncode == 0

    deploy = _manage("check", "--deploy")
    served = _manage("runserver", "127.0.0.1:1")

    assert deploy.returncode != 0 and "newsroom.E004" in deploy.stderr
    assert served.returncode != 0 and "SECRET_KEY must be set" in served.stderr
