import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.django_db
def test_public_site_is_indonesian_even_for_english_browsers(client, article):
    response = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert '<html lang="id">' in response.content.decode()
    assert "Berita Terkini" in client.get("/").content.decode()
    assert response["Content-Language"] == "id"


@pytest.mark.django_db
def test_reader_can_switch_to_english(client, article):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302

    html = client.get("/").content.decode()

    assert '<html lang="en">' in html
    assert "Latest news" in html


@pytest.mark.parametrize("language", ["id", "en"])
def test_catalogues_are_compiled_and_current(language, tmp_path):
    if not shutil.which("msgfmt"):
        pytest.skip("gettext's msgfmt is not installed (apt-get install gettext)")
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    mo = LOCALE / language / "LC_MESSAGES" / "django.mo"
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", str(fresh), str(po)], check=True)

    assert mo.read_bytes() == fresh.read_bytes(), "run: python manage.py compilemessages"


def test_indonesian_catalogue_is_complete():
    po = (LOCALE / "id" / "LC_MESSAGES" / "django.po").read_text()

    assert 'msgstr ""\n\n' not in po.split("\n\n", 1)[1] + "\n\n"
