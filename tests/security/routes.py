"""Every URL pattern the project resolves, and a small world to fill them in."""

import re

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver

from articles import previews, revisions
from articles.models import Article, Correction, Person, Redirect
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    TopicFactory,
    UserFactory,
)

ROLES = ("anonymous", "reporter", "other_reporter", "editor", "admin")


def all_routes():
    """The full route of every URL pattern, e.g. 'admin/articles/article/add/'."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern):
                yield route

    return list(walk(get_resolver().url_patterns, ""))


def build_world(admin_url="admin/"):
    """Users in every role and one object of each kind, keyed for fill()."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django_otp.plugins.otp_totp.models import TOTPDevice

    users = {
        "reporter": UserFactory(username="rep-owner", role="Reporter"),
        "other_reporter": UserFactory(username="rep-other", role="Reporter"),
        "editor": UserFactory(username="ed", role="Editor"),
        "admin": UserFactory(username="boss", is_superuser=True),
    }
    section = SectionFactory(name="Nasional", slug="nasional")
    topic = TopicFactory(name="Banjir", slug="banjir")
    author = AuthorFactory(name="Dewi", slug="dewi")
    live = ArticleFactory(section=section, topics=[topic], authors=[author], legacy_id=77)
    draft = ArticleFactory(
        section=section, status=Article.Status.DRAFT, published_at=None,
        created_by=users["reporter"],
    )  # fmt: skip
    person = Person.objects.create(name="Ratna", slug="ratna")
    link = previews.create_link(draft, by=users["editor"], days=1)
    revision = revisions.record(draft, by=users["reporter"])
    Correction.objects.create(article=live, kind=Correction.Kind.RALAT, text="Ralat.")
    image = ImageFactory(dimensions=(320, 200))
    ids = {
        "auth/group": Group.objects.get(name="Editor").pk,
        "auth/user": users["other_reporter"].pk,
        "axes/accessattempt": AccessAttempt.objects.create(
            username="x", ip_address="10.0.0.1", user_agent="t", failures_since_start=1
        ).pk,
        "axes/accesslog": AccessLog.objects.create(
            username="x", ip_address="10.0.0.1", user_agent="t"
        ).pk,
        "axes/accessfailurelog": AccessFailureLog.objects.create(
            username="x", ip_address="10.0.0.1", user_agent="t", locked_out=False
        ).pk,
        "articles/image": image.pk,
        # Unconfirmed: it must not make the admin ask this admin for a code.
        "otp_totp/totpdevice": TOTPDevice.objects.create(
            user=users["admin"], name="ponsel", confirmed=False
        ).pk,
        "articles/article": draft.pk,
        "articles/person": person.pk,
        "articles/redirect": Redirect.objects.create(old_path="/lama/", new_path="/").pk,
        "articles/section": section.pk,
        "articles/author": author.pk,
        "articles/topic": topic.pk,
    }
    values = {
        "section_slug": section.slug,
        "topic": topic.slug,
        "author": author.slug,
        "person": person.slug,
        "live": live,
        "draft": draft,
        "token": previews.token_for(link),
        "link_id": link.pk,
        "revision_id": revision.pk,
        "image": image.pk,
        "content_type": ContentType.objects.get_for_model(Article).pk,
    }
    return users, ids, values


def fill(route, ids, values, admin_url="admin/"):
    """A concrete path for a route, with the world's objects in it."""
    model = re.match(rf"{admin_url}(\w+/\w+)/", route)
    replacements = {
        "<path:object_id>": str(ids.get(model.group(1) if model else "", "")),
        "<int:pk>": str(
            values["image"]
            if "/image/" in route
            else ids["otp_totp/totpdevice"]
            if "/totpdevice/" in route
            else values["draft"].pk
        ),
        "<id>": str(ids["auth/user"]),
        "<path:content_type_id>": str(values["content_type"]),
        "<int:revision_id>": str(values["revision_id"]),
        "<int:link_id>": str(values["link_id"]),
        "<str:name>": "submit",
        "<str:token>": values["token"],
        "<section>": "articles",
        "<str:slug>": values["topic"],
        "<slug:section>": values["section_slug"],
        "<slug:slug>": values["section_slug"],
    }
    if route.startswith("tokoh/"):
        replacements["<slug:slug>"] = values["person"]
    elif route.startswith("penulis/"):
        replacements["<slug:slug>"] = values["author"]
    elif route.startswith("<slug:section>/<int:pk>"):
        replacements["<int:pk>"] = str(values["live"].pk)
        replacements["<slug:slug>"] = values["live"].slug
    if (
        "<path:object_id>/" in route
        and "view_on_site" not in route
        and route.startswith(admin_url + "r/")
    ):
        replacements["<path:object_id>"] = str(values["live"].pk)
    path = route
    for placeholder, value in replacements.items():
        path = path.replace(placeholder, value)
    regexes = {
        r"^read/detail/(?P<legacy_id>\d{1,18})-(?P<slug>[^/]*?)(?:\.html)?/?$": "read/detail/77-x",
        f"{admin_url}^(?P<app_label>auth|axes|articles|otp_totp)/$": f"{admin_url}articles/",
        f"{admin_url}(?P<url>.*)$": f"{admin_url}nothing-here/",
    }
    return "/" + regexes.get(route, path)
