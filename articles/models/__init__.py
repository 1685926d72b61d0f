from articles.models.articles import Article, ArticleQuerySet, live_q
from articles.models.authors import ArticleAuthor, Author
from articles.models.images import Image
from articles.models.people import Person, PersonAlias
from articles.models.popularity import ReadCount
from articles.models.quotes import Quote
from articles.models.redirects import Redirect, TopicRedirect
from articles.models.related import RelatedItem, RelatedLink
from articles.models.sections import RESERVED_SLUGS, Section
from articles.models.topics import TaggedTopic, Topic, TopicAlias
from articles.models.workflow import (
    Correction,
    EditingSession,
    EditorialEvent,
    PreviewLink,
    Revision,
)

__all__ = [
    "RESERVED_SLUGS",
    "Article",
    "ArticleAuthor",
    "ArticleQuerySet",
    "Author",
    "Correction",
    "EditingSession",
    "EditorialEvent",
    "Image",
    "Person",
    "PersonAlias",
    "PreviewLink",
    "Quote",
    "ReadCount",
    "Redirect",
    "RelatedItem",
    "RelatedLink",
    "Revision",
    "Section",
    "TaggedTopic",
    "Topic",
    "TopicAlias",
    "TopicRedirect",
    "live_q",
]
