"""Library photos on author, section and topic pages, and in sharing metadata."""

import pytest

from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    TopicFactory,
)


@pytest.mark.django_db
def test_author_section_and_topic_pages_show_their_photo(client):
    photo = ImageFactory(alt_text="Potret Dewi Lestari")
    AuthorFactory(slug="dewi", photo=photo)
    SectionFactory(slug="metro", image=ImageFactory(alt_text="Jalan Thamrin pagi hari"))
    TopicFactory(slug="banjir", image=ImageFactory(alt_text="Genangan di Kampung Melayu"))

    for url, alt in (("/penulis/dewi/", "Potret Dewi Lestari"), ("/metro/", "Jalan Thamrin pagi hari"),
                     ("/topik/banjir/", "Genangan di Kampung Melayu")):  # fmt: skip
        html = client.get(url).content.decode()
        assert f'alt="{alt}"' in html, url
        assert "<picture>" in html and 'width="' in html


@pytest.mark.django_db
def test_sharing_metadata_uses_the_1200_wide_rendition(client, section):
    article = ArticleFactory(
        section=section, lead_image=ImageFactory(alt_text="Bus listrik di halte")
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert '<meta property="og:image" content="http' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:alt" content="Bus listrik di halte">' in html
