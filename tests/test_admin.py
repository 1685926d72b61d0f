from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Topic
from tests.factories import ArticleFactory, AuthorFactory, TopicFactory


def _formset(prefix, rows, total=None):
    data = {
        f"{prefix}-TOTAL_FORMS": str(total if total is not None else len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data.update({f"{prefix}-{index}-{key}": value for key, value in row.items()})
    return data


def _article_post(section, **overrides):
    when = timezone.localtime() - timedelta(hours=1)
    data = {
        "headline": "Pemerintah Kota Uji Coba Bus Listrik",
        "slug": "pemerintah-kota-uji-coba-bus-listrik",
        "deck": "Uji coba berlangsung tiga bulan.",
        "section": str(section.pk),
        "dateline": "Bandung",
        "body": "<p>Uji coba <strong>dimulai</strong> pekan ini.</p><script>x()</script>",
        "summary": "",
        "status": "published",
        "published_at_0": when.strftime("%d/%m/%Y"),
        "published_at_1": when.strftime("%H:%M:%S"),
    }
    data.update(_formset("article_authors", []))
    data.update(_formset("quotes", []))
    data.update(_formset("related_links", []))
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_it_saves_an_article_with_every_inline(editor_client, editor, section):
    author = AuthorFactory(name="Dewi Lestari")
    TopicFactory(name="Transportasi Publik")
    target = ArticleFactory(section=section, headline="Berita lama")
    post = {
        **_article_post(section),
        **_formset("article_authors", [{"author": author.pk, "position": 0}]),
        **_formset(
            "quotes",
            [
                {
                    "text": "Kami mulai dari rute tersibuk",
                    "speaker": "Ratna",
                    "speaker_role": "Kepala Dinas",
                    "context": "Bandung, Senin (3/3)",
                    "position": 0,
                    "is_pull_quote": "on",
                },
                {
                    "text": "Tarifnya tetap",
                    "speaker": "Budi",
                    "speaker_role": "Direktur",
                    "context": "",
                    "position": 1,
                },
            ],
        ),
        **_formset(
            "related_links",
            [
                {"target": target.pk, "url": "", "title": "", "position": 0},
                {
                    "target": "",
                    "url": "https://example.org/kajian",
                    "title": "Kajian bus listrik",
                    "position": 1,
                },
            ],
        ),
        # An existing topic typed in another case, and a new one.
        "topics": ["transportasi publik", "Bus Listrik"],
    }

    response = editor_client.post("/admin/articles/article/add/", post)

    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get(slug="pemerintah-kota-uji-coba-bus-listrik")
    assert article.body == "<p>Uji coba <strong>dimulai</strong> pekan ini.</p>"
    assert article.created_by == editor
    assert article.byline() == [author]
    assert [(q.speaker, q.is_pull_quote) for q in article.quotes.all()] == [
        ("Ratna", True),
        ("Budi", False),
    ]
    assert sorted(t.name for t in article.topics.all()) == ["Bus Listrik", "Transportasi Publik"]
    assert Topic.objects.count() == 2
    links = list(article.related_links.all())
    assert links[0].target == target
    assert (links[1].url, links[1].title) == ("https://example.org/kajian", "Kajian bus listrik")
    # Status is never taken from the form: a new article is a draft until a
    # transition moves it, whatever the POST says.
    assert article.status == Article.Status.DRAFT
    assert article.revisions.count() == 1


@pytest.mark.django_db
def test_a_half_filled_external_link_is_a_form_error_and_nothing_is_saved(editor_client, section):
    data = _article_post(section)
    data.update(
        _formset(
            "related_links",
            [{"target": "", "url": "https://example.org/x", "title": "", "position": 0}],
        )
    )

    response = editor_client.post("/admin/articles/article/add/", data)

    assert response.status_code == 200
    assert "alamat luar beserta judulnya" in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_an_oversized_body_is_a_form_error(editor_client, section, settings):
    settings.NEWSROOM_BODY_MAX_BYTES = 1024
    data = _article_post(section, body="<p>" + "x" * 5000 + "</p>")

    response = editor_client.post("/admin/articles/article/add/", data)

    assert response.status_code == 200
    assert "Teks terlalu panjang" in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_edit_bumps_the_version(editor_client, article):
    data = _article_post(article.section, headline="Judul baru", slug=article.slug, base_version=1)

    response = editor_client.post(f"/admin/articles/article/{article.pk}/change/", data)

    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.headline, article.version) == ("Judul baru", 2)


@pytest.mark.django_db
def test_topic_suggestions_offer_existing_topics(editor_client):
    TopicFactory(name="Transportasi Publik")
    TopicFactory(name="Pemilu")

    response = editor_client.get("/admin/articles/topic/suggest/", {"term": "trans"})

    assert response.json()["results"] == [
        {"id": "Transportasi Publik", "text": "Transportasi Publik"}
    ]


@pytest.mark.django_db
def test_topic_suggestions_need_a_staff_login(client, db):
    response = client.get("/admin/articles/topic/suggest/", {"term": "a"})

    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/articles/article/",
        "/admin/articles/article/?status__exact=published&q=bus",
        "/admin/articles/article/add/",
        "/admin/articles/section/",
        "/admin/articles/author/",
        "/admin/articles/topic/",
        "/admin/articles/image/",
    ],
)
def test_admin_pages_open(editor_client, article, url):
    article.topics.set(["Banjir"])
    assert editor_client.get(url).status_code == 200


@pytest.mark.django_db
def test_changelist_shows_scheduled_time_in_wib(editor_client, section):
    ArticleFactory(section=section, published_at=timezone.now() + timedelta(days=2))

    html = editor_client.get("/admin/articles/article/").content.decode()

    assert "Dijadwalkan untuk" in html and "WIB" in html


@pytest.mark.django_db
def test_reporter_can_open_the_add_form(client, reporter):
    client.force_login(reporter)

    assert client.get("/admin/articles/article/add/").status_code == 200
