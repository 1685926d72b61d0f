"""The production settings with bench/reference_urls.py in front (make bench only)."""

from newsroom.settings import *  # noqa: F403

ROOT_URLCONF = "reference_urls"
