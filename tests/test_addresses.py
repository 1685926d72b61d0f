"""Remembered addresses (articles/addresses.py) are the addresses reverse() gives."""

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix

from tests.factories import ArticleFactory


@pytest.mark.django_db
def test_addresses_match_reverse_and_follow_the_script_prefix(section):
    article = ArticleFactory(section=section, slug="banjir-rob")
    expected = reverse(
        "articles:article",
        kwargs={"section": section.slug, "pk": article.pk, "slug": "banjir-rob"},
    )
    assert article.get_absolute_url() == expected
    assert section.get_absolute_url() == reverse("articles:section", kwargs={"slug": section.slug})

    set_script_prefix("/berita/")
    try:
        assert article.get_absolute_url() == "/berita" + expected
    finally:
        clear_script_prefix()
    assert article.get_absolute_url() == expected


@pytest.mark.django_db
def test_a_new_slug_gives_a_new_address(section):
    article = ArticleFactory(section=section, slug="lama")
    before = article.get_absolute_url()

    article.slug = "baru"

    assert article.get_absolute_url() == before.replace("/lama/", "/baru/")
