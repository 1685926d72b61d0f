"""Strict parsing of settings from the environment.

A malformed value is a configuration error at start-up, never a silent default.
"""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false).")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not an integer.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int_list(name: str, default: list[int]) -> list[int]:
    """Comma-separated positive integers, e.g. ``320,640,960``."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        values = [int(item) for item in raw.split(",") if item.strip()]
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a list of integers.") from None
    if not values or min(values) <= 0:
        raise ImproperlyConfigured(f"{name}={raw!r} needs positive integers.")
    return values


# Commands that serve requests: they must never run without a real key.
SERVING_COMMANDS = {"runserver", "runserver_plus", "testserver"}


def offline_management_command(argv: list[str]) -> bool:
    """True for `manage.py <command>` where the command serves nothing."""
    if not argv or not argv[0].endswith("manage.py"):
        return False
    command = argv[1] if len(argv) > 1 else "help"
    return command not in SERVING_COMMANDS
