"""Test settings: the production settings with what a test run needs changed."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")

from newsroom.settings import *  # noqa: E402,F403

ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Links in tests point at the test client's host, as before SITE_URL existed.
SITE_URL = "http://testserver"

# Query-count and behaviour tests measure the views themselves; the page
# cache has its own tests (tests/test_page_cache.py) that turn it on.
NEWSROOM_PAGE_CACHE = False
NEWSROOM_FRAGMENT_CACHE = False
# Content changes are marked outside the checkout (articles/change_marker.py).
if not os.environ.get("STATE_DIR"):
    NEWSROOM_STATE_DIR = Path(tempfile.mkdtemp(prefix="newsroom-tests-state-"))
    atexit.register(shutil.rmtree, NEWSROOM_STATE_DIR, ignore_errors=True)
