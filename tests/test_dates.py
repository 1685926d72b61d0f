from datetime import UTC, datetime

from django.utils import translation

from articles.templatetags.newsroom import newsroom_date, newsroom_datetime

MOMENT = datetime(2025, 6, 19, 7, 30, tzinfo=UTC)


def test_it_formats_in_wib_indonesian():
    with translation.override("id"):
        assert newsroom_datetime(MOMENT) == "Kamis, 19 Juni 2025 14:30 WIB"
        assert (
            newsroom_date(datetime(2025, 9, 27, 8, 39, tzinfo=UTC)) == "27 September 2025 15:39 WIB"
        )


def test_it_crosses_midnight_into_the_jakarta_day():
    with translation.override("id"):
        assert (
            newsroom_datetime(datetime(2025, 6, 18, 17, 5, tzinfo=UTC))
            == "Kamis, 19 Juni 2025 00:05 WIB"
        )


def test_english_uses_english_names():
    with translation.override("en"):
        assert newsroom_datetime(MOMENT) == "Thursday, 19 June 2025 14:30 WIB"


def test_empty_is_empty():
    assert newsroom_datetime(None) == ""
