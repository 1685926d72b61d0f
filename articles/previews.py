"""Share links for previews: signed (unguessable), expiring and revocable.

The token carries the link's id and a random nonce, signed with SECRET_KEY;
the database row decides whether it still works, so revoking is immediate.
"""

import secrets
from datetime import timedelta

from django.core import signing
from django.urls import reverse
from django.utils import timezone

from articles.models import PreviewLink

SALT = "articles.preview-link"
MAX_DAYS = 30


def create_link(article, *, by, days: int, label: str = "") -> PreviewLink:
    days = max(1, min(int(days), MAX_DAYS))
    return PreviewLink.objects.create(
        article=article,
        nonce=secrets.token_urlsafe(16)[:32],
        label=label,
        created_by=by,
        expires_at=timezone.now() + timedelta(days=days),
    )


def token_for(link: PreviewLink) -> str:
    return signing.dumps({"l": link.pk, "n": link.nonce}, salt=SALT, compress=True)


def url_for(link: PreviewLink) -> str:
    return reverse("articles:shared_preview", kwargs={"token": token_for(link)})


def resolve(token: str) -> PreviewLink | None:
    """The link behind a token, or None if forged, expired or revoked."""
    try:
        payload = signing.loads(token, salt=SALT)
        link = PreviewLink.objects.select_related("article").get(
            pk=payload["l"], nonce=payload["n"]
        )
    except (signing.BadSignature, PreviewLink.DoesNotExist, KeyError, TypeError, ValueError):
        return None
    if link.revoked_at or link.expires_at <= timezone.now():
        return None
    return link


def revoke(link: PreviewLink) -> None:
    if not link.revoked_at:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
