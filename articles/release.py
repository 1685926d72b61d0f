"""Which release of the code is running.

Cache keys carry it (articles/page_cache.py): with a cache shared between
processes and deploys (REDIS_URL), pages and fragments rendered by the
previous release would otherwise be served until they expire, with its
templates, its translations and the hashed names of static files the new
release no longer has. Set RELEASE (a version or commit id) at deploy;
without it, a digest of what decides how a page looks is used.
"""

import hashlib
from functools import lru_cache
from pathlib import Path

from django.conf import settings

# Code, templates and translations of the project and its pinned
# dependencies; and the static files' names (collectstatic's manifest).
FOLDERS = ("articles", "newsroom", "templates", "locale")
SUFFIXES = {".py", ".html", ".xml", ".mo"}


def release() -> str:
    return settings.NEWSROOM_RELEASE or code_digest(Path(settings.BASE_DIR), settings.STATIC_ROOT)


@lru_cache(maxsize=4)
def code_digest(root: Path, static_root=None) -> str:
    """A short digest of what decides how pages look (read once per process)."""
    files = [
        path
        for folder in FOLDERS
        for path in (root / folder).rglob("*")
        if path.suffix in SUFFIXES and path.is_file()
    ]
    files.append(root / "requirements.txt")
    digest = hashlib.sha256()
    for path in sorted(set(files)):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    if static_root and (manifest := Path(static_root) / "staticfiles.json").is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()[:12]
