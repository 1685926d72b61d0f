"""Who may do what to an article. The admin, the workflow services and the
preview views all ask here, so each rule has one definition."""

from articles.models import Article


def can_publish(user) -> bool:
    """Editors: publish, schedule, return, unpublish, retract, correct."""
    return user.is_active and user.has_perm("articles.publish_article")


def is_own(user, article: Article) -> bool:
    if not user.is_authenticated or article.pk is None:
        return False
    if article.created_by_id == user.pk:
        return True
    return article.article_authors.filter(author__user=user).exists()


def can_edit(user, article: Article) -> bool:
    """Editors edit anything; reporters only their own drafts."""
    if not (user.is_active and user.has_perm("articles.change_article")):
        return False
    if can_publish(user):
        return True
    return article.status == Article.Status.DRAFT and is_own(user, article)


def can_view(user, article: Article) -> bool:
    return user.is_active and user.is_staff and user.has_perm("articles.view_article")


def can_correct(user) -> bool:
    return can_publish(user) and user.has_perm("articles.add_correction")
