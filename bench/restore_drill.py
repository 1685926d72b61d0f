"""`make restore-drill`: prove a backup can be restored, on this machine.

1. creates a scratch database and media folder and fills them (migrate +
   load_demo, whose demo photos land in the media folder);
2. backs them up as production backups are made: pg_dump (custom format)
   and a tar archive of the media;
3. restores both elsewhere: pg_restore into a second scratch database, the
   archive into a fresh media folder;
4. checks the copy: the same row counts in every newsroom table, every
   photo's file present, and a public article page rendered from it with
   its headline;
5. drops both scratch databases (the folders are temporary).
Exits non-zero on any difference. PostgreSQL on 127.0.0.1 (DRILL_DATABASE_URL
names the server; default postgres://postgres@127.0.0.1:5432).
"""

import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("DRILL_DATABASE_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
SOURCE, COPY = "newsroom_drill_source", "newsroom_drill_restored"
TABLES = [
    "articles_article", "articles_articleauthor", "articles_author", "articles_quote",
    "articles_relatedlink", "articles_section", "articles_topic", "articles_taggedtopic",
    "articles_image", "auth_user", "auth_group",
]  # fmt: skip


def env_for(database, media):
    return {
        **os.environ,
        "DATABASE_URL": f"{SERVER}/{database}",
        "MEDIA_ROOT": str(media),
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "testserver",
        "SITE_URL": "https://testserver",
        "SECURE_SSL_REDIRECT": "0",
        "LOG_LEVEL": "WARNING",
        "DB_POOL": "0",
    }


def manage(database, media, *args, capture=False):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env_for(database, media), check=True,
        capture_output=capture, text=True,
    )  # fmt: skip
    return result.stdout


def recreate(name):
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop(name):
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def counts(name):
    with psycopg.connect(f"{SERVER}/{name}") as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES
        }


CHECK = """
from django.core.files.storage import default_storage
from django.test import Client
from articles.models import Article, Image
missing = [i.file.name for i in Image.objects.all() if not default_storage.exists(i.file.name)]
a = Article.objects.live().select_related('section').first()
r = Client().get(a.get_absolute_url())
print(r.status_code, a.headline in r.content.decode(), len(missing))
"""


def main():
    recreate(SOURCE)
    recreate(COPY)
    try:
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            source_media, copy_media = folder / "media", folder / "restored-media"
            manage(SOURCE, source_media, "migrate", "--no-input", "-v0")
            manage(SOURCE, source_media, "load_demo", "--force")
            dump, archive = folder / "newsroom.dump", folder / "media.tar.gz"
            subprocess.run(
                ["pg_dump", "--format=custom", f"--file={dump}", f"{SERVER}/{SOURCE}"], check=True
            )
            subprocess.run(["tar", "-czf", str(archive), "-C", str(source_media), "."], check=True)
            subprocess.run(
                ["pg_restore", "--no-owner", f"--dbname={SERVER}/{COPY}", str(dump)], check=True
            )
            copy_media.mkdir()
            subprocess.run(["tar", "-xzf", str(archive), "-C", str(copy_media)], check=True)
            before, after = counts(SOURCE), counts(COPY)
            for table in TABLES:
                same = "ok" if before[table] == after[table] else "DIFFERENT"
                print(f"{table:<28}{before[table]:>8}{after[table]:>8}  {same}")
            status, shown, missing = manage(
                COPY, copy_media, "shell", "-c", CHECK, capture=True
            ).split()[-3:]
            print(
                f"database dump {dump.stat().st_size} bytes, media archive {archive.stat().st_size} bytes; "
                f"restored copy: article page {status}, headline shown {shown}, photo files missing {missing}"
            )
        if before != after or (status, shown, missing) != ("200", "True", "0"):
            raise SystemExit("restore drill FAILED")
        print("restore drill passed")
    finally:
        drop(SOURCE)
        drop(COPY)


if __name__ == "__main__":
    main()
