"""Write operations on articles. Admin views, commands and tests all call these."""

from django.db import transaction

from articles.models import Article


@transaction.atomic
def save_article(*, article: Article, user, is_new: bool) -> Article:
    """Store an editorial save: who created it, and a new version number."""
    if is_new:
        article.created_by = user if user and user.is_authenticated else None
    else:
        article.version += 1
    article.save()
    return article
