"""The live rule as written SQL (articles/models/neighbours.py): compiled
from live_q() once, and applied at the moment of each call."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.db.models.sql import Query
from django.utils import timezone

from articles.models import Article, live_q
from articles.models.live_address import live_address
from articles.models.neighbours import live_sql
from tests.factories import ArticleFactory


@pytest.mark.django_db
def test_a_story_becomes_live_at_its_moment_though_the_rule_was_compiled_before(section):
    moment = timezone.now() + timedelta(minutes=5)
    story = ArticleFactory(section=section, published_at=moment)
    ArticleFactory(section=section)  # the rule compiled for another story first
    assert live_address(story.pk) is None

    with time_machine.travel(moment + timedelta(seconds=1), tick=False):
        assert live_address(story.pk) is not None
        assert live_address(ArticleFactory(section=section, status="draft").pk) is None


@pytest.mark.django_db
def test_the_written_rule_is_what_live_q_compiles_to(section):
    with time_machine.travel(timezone.now(), tick=False):
        query = Query(Article)
        query.add_q(live_q())
        expected = query.get_compiler(connection=connection).compile(query.where)

        assert live_sql(Article) == (expected[0], list(expected[1]))
