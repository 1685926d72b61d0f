"""Role × URL: every URL pattern the project resolves, for every role.

A new URL pattern fails test_every_url_pattern_is_in_the_table until someone
decides, here, who may open it. Statuses are for GET; LOGIN is a redirect to
the admin's login page. The article in the admin rows is a draft created by
"reporter"; "other_reporter" is a reporter with no part in it.
"""

import pytest

from tests.security.routes import ROLES, all_routes, build_world, fill

LOGIN = "login"

EXPECTED = {
    # Probes: anyone, never a redirect.
    "healthz": (200, 200, 200, 200, 200),
    "readyz": (200, 200, 200, 200, 200),
    # The admin: anonymous visitors are sent to its login; the rest by role.
    "admin/": (LOGIN, 200, 200, 200, 200),
    "admin/login/": (200, 302, 302, 302, 302),
    "admin/logout/": (302, 405, 405, 405, 405),
    "admin/password_change/": (LOGIN, 200, 200, 200, 200),
    "admin/password_change/done/": (LOGIN, 200, 200, 200, 200),
    "admin/autocomplete/": (LOGIN, 403, 403, 403, 403),
    "admin/jsi18n/": (LOGIN, 200, 200, 200, 200),
    "admin/r/<path:content_type_id>/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    # Users and groups: the admin only.
    "admin/auth/group/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/group/add/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/group/<path:object_id>/history/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/group/<path:object_id>/delete/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/group/<path:object_id>/change/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/group/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    "admin/auth/user/<id>/password/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/user/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/user/add/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/user/<path:object_id>/history/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/user/<path:object_id>/delete/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/user/<path:object_id>/change/": (LOGIN, 403, 403, 403, 200),
    "admin/auth/user/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    # Login throttling records (django-axes): the admin only; nobody adds them.
    "admin/otp_totp/totpdevice/": (LOGIN, 403, 403, 403, 200),
    "admin/otp_totp/totpdevice/add/": (LOGIN, 403, 403, 403, 200),
    "admin/otp_totp/totpdevice/<path:object_id>/history/": (LOGIN, 403, 403, 403, 200),
    "admin/otp_totp/totpdevice/<path:object_id>/delete/": (LOGIN, 403, 403, 403, 200),
    "admin/otp_totp/totpdevice/<path:object_id>/change/": (LOGIN, 403, 403, 403, 200),
    "admin/otp_totp/totpdevice/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    "admin/otp_totp/totpdevice/<int:pk>/config/": (LOGIN, 403, 403, 403, 200),
    "admin/otp_totp/totpdevice/<int:pk>/qrcode/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accessattempt/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accessattempt/add/": (LOGIN, 403, 403, 403, 403),
    "admin/axes/accessattempt/<path:object_id>/history/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accessattempt/<path:object_id>/delete/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accessattempt/<path:object_id>/change/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accessattempt/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    "admin/axes/accesslog/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accesslog/add/": (LOGIN, 403, 403, 403, 403),
    "admin/axes/accesslog/<path:object_id>/history/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accesslog/<path:object_id>/delete/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accesslog/<path:object_id>/change/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accesslog/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    "admin/axes/accessfailurelog/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accessfailurelog/add/": (LOGIN, 403, 403, 403, 403),
    "admin/axes/accessfailurelog/<path:object_id>/history/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accessfailurelog/<path:object_id>/delete/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accessfailurelog/<path:object_id>/change/": (LOGIN, 403, 403, 403, 200),
    "admin/axes/accessfailurelog/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    # Photos: all staff; deleting is the editor"s.
    "admin/articles/image/picker/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/image/<int:pk>/thumbnail/": (LOGIN, 302, 302, 302, 302),
    "admin/articles/image/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/image/add/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/image/<path:object_id>/history/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/image/<path:object_id>/delete/": (LOGIN, 403, 403, 200, 200),
    "admin/articles/image/<path:object_id>/change/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/image/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    # Articles (the object is the reporter"s draft): the other reporter may look, not act.
    "admin/articles/article/<int:pk>/quotes/suggested/": (LOGIN, 200, 403, 200, 200),
    "admin/articles/article/<int:pk>/workflow/<str:name>/": (LOGIN, 200, 403, 200, 200),
    "admin/articles/article/<int:pk>/revisions/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/article/<int:pk>/revisions/<int:revision_id>/restore/": (
        LOGIN,
        200,
        403,
        200,
        200,
    ),
    "admin/articles/article/<int:pk>/share/": (LOGIN, 403, 403, 200, 200),
    "admin/articles/article/<int:pk>/share/<int:link_id>/revoke/": (LOGIN, 403, 403, 302, 302),
    "admin/articles/article/<int:pk>/correction/": (LOGIN, 403, 403, 200, 200),
    "admin/articles/article/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/article/add/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/article/<path:object_id>/history/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/article/<path:object_id>/delete/": (LOGIN, 403, 403, 200, 200),
    "admin/articles/article/<path:object_id>/change/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/article/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    # People and redirects: the admin only (editors get them from the quote form).
    "admin/articles/person/": (LOGIN, 403, 403, 403, 200),
    "admin/articles/person/add/": (LOGIN, 403, 403, 403, 200),
    "admin/articles/person/<path:object_id>/history/": (LOGIN, 403, 403, 403, 200),
    "admin/articles/person/<path:object_id>/delete/": (LOGIN, 403, 403, 403, 200),
    "admin/articles/person/<path:object_id>/change/": (LOGIN, 403, 403, 403, 200),
    "admin/articles/person/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    "admin/articles/redirect/": (LOGIN, 403, 403, 403, 200),
    "admin/articles/redirect/add/": (LOGIN, 403, 403, 403, 200),
    "admin/articles/redirect/<path:object_id>/history/": (LOGIN, 403, 403, 403, 200),
    "admin/articles/redirect/<path:object_id>/delete/": (LOGIN, 403, 403, 403, 200),
    "admin/articles/redirect/<path:object_id>/change/": (LOGIN, 403, 403, 403, 200),
    "admin/articles/redirect/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    # Sections, authors, topics: staff see them, editors manage them.
    "admin/articles/section/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/section/add/": (LOGIN, 403, 403, 200, 200),
    "admin/articles/section/<path:object_id>/history/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/section/<path:object_id>/delete/": (LOGIN, 403, 403, 200, 200),
    "admin/articles/section/<path:object_id>/change/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/section/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    "admin/articles/author/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/author/add/": (LOGIN, 403, 403, 200, 200),
    "admin/articles/author/<path:object_id>/history/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/author/<path:object_id>/delete/": (LOGIN, 403, 403, 200, 200),
    "admin/articles/author/<path:object_id>/change/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/author/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    "admin/articles/topic/suggest/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/topic/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/topic/add/": (LOGIN, 403, 403, 200, 200),
    "admin/articles/topic/<path:object_id>/history/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/topic/<path:object_id>/delete/": (LOGIN, 403, 403, 200, 200),
    "admin/articles/topic/<path:object_id>/change/": (LOGIN, 200, 200, 200, 200),
    "admin/articles/topic/<path:object_id>/": (LOGIN, 302, 302, 302, 302),
    "admin/^(?P<app_label>auth|axes|articles|otp_totp)/$": (LOGIN, 200, 200, 200, 200),
    "admin/(?P<url>.*)$": (LOGIN, 404, 404, 404, 404),
    # The public site: the same for everyone.
    "i18n/setlang/": (302, 302, 302, 302, 302),
    "robots.txt": (200, 200, 200, 200, 200),
    "sitemap.xml": (200, 200, 200, 200, 200),
    "sitemap-news.xml": (200, 200, 200, 200, 200),
    "sitemap-<section>.xml": (200, 200, 200, 200, 200),
    "": (200, 200, 200, 200, 200),
    "indeks/": (200, 200, 200, 200, 200),
    "cari/": (200, 200, 200, 200, 200),
    "feed/": (200, 200, 200, 200, 200),
    "feed/atom/": (200, 200, 200, 200, 200),
    "topik/<str:slug>/": (200, 200, 200, 200, 200),
    "topik/<str:slug>/feed/": (200, 200, 200, 200, 200),
    "topik/<str:slug>/feed/atom/": (200, 200, 200, 200, 200),
    "penulis/<slug:slug>/": (200, 200, 200, 200, 200),
    "penulis/<slug:slug>/feed/": (200, 200, 200, 200, 200),
    "penulis/<slug:slug>/feed/atom/": (200, 200, 200, 200, 200),
    "tokoh/<slug:slug>/": (200, 200, 200, 200, 200),
    "tokoh/<slug:slug>/feed/": (200, 200, 200, 200, 200),
    "kutipan/": (200, 200, 200, 200, 200),
    "^read/detail/(?P<legacy_id>\\d{1,18})-(?P<slug>[^/]*?)(?:\\.html)?/?$": (
        301,
        301,
        301,
        301,
        301,
    ),
    "koreksi/": (200, 200, 200, 200, 200),
    "koreksi/feed/": (200, 200, 200, 200, 200),
    # Previews: staff who may view the article; shared links for anyone.
    "pratinjau/<int:pk>/": (LOGIN, 200, 200, 200, 200),
    "pratinjau/tautan/<str:token>/": (200, 200, 200, 200, 200),
    # Sections and articles (public, like the rest of the site).
    "<slug:slug>/feed/": (200, 200, 200, 200, 200),
    "<slug:slug>/feed/atom/": (200, 200, 200, 200, 200),
    "<slug:section>/<int:pk>/<slug:slug>/": (200, 200, 200, 200, 200),
    "<slug:section>/<int:pk>/": (301, 301, 301, 301, 301),
    "<slug:slug>/": (200, 200, 200, 200, 200),
}


def test_every_url_pattern_is_in_the_table():
    routes = all_routes()

    assert sorted(set(routes) - set(EXPECTED)) == [], "add these to EXPECTED"
    assert sorted(set(EXPECTED) - set(routes)) == [], "these are gone: remove them"


def _status(response):
    if response.status_code == 302 and response["Location"].startswith("/admin/login/"):
        return LOGIN
    return response.status_code


@pytest.mark.django_db
def test_every_role_gets_the_expected_status_on_every_url(client, media):
    users, ids, values = build_world()
    wrong = []
    for route, expected in EXPECTED.items():
        path = fill(route, ids, values)
        for role, want in zip(ROLES, expected, strict=True):
            client.logout()
            if role != "anonymous":
                client.force_login(users[role])
            got = _status(client.get(path))
            if got != want:
                wrong.append(f"{role} GET {path}: {got}, expected {want}")

    assert wrong == []
