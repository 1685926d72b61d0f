"""Request guards and security headers that Django has no setting for."""

from functools import cache

from csp.constants import HEADER
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import Http404, HttpResponseBadRequest, QueryDict
from django.http.request import split_domain_port, validate_host
from js_asset import Media

# Browser features a news site never uses: deny them to any script or frame.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer",
        "microphone", "payment", "usb", "interest-cohort", "browsing-topics",
    )
)  # fmt: skip


def is_admin_path(path: str) -> bool:
    return path.startswith("/" + settings.ADMIN_URL)


class RejectMalformedRequestMiddleware:
    """Refuse what no legitimate client sends, before any view sees it.

    - 400 for an X-Forwarded-Host outside ALLOWED_HOSTS: Django ignores the
      header (USE_X_FORWARDED_HOST is off); refusing it makes probing visible.
    - 404 for a NUL byte in the path: no address of ours has one.
    - NUL bytes dropped from query values, which every page otherwise accepts
      as typed (a search for "\\x00banjir" still finds "banjir").

    PostgreSQL refuses NULs in text: left in, they would surface as a 500 from
    whichever view passed the value to the database. Forms already refuse them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        forwarded = request.META.get("HTTP_X_FORWARDED_HOST")
        if forwarded is not None and not _allowed_host(forwarded):
            return HttpResponseBadRequest("Bad Request (X-Forwarded-Host)")
        if "\x00" in request.path:
            raise Http404
        query = request.META.get("QUERY_STRING", "")
        if "%00" in query or "\x00" in query:
            request.GET = _without_nul(request.GET)
        return self.get_response(request)


def _without_nul(query: QueryDict) -> QueryDict:
    cleaned = QueryDict(mutable=True)
    for key, values in query.lists():
        cleaned.setlist(key.replace("\x00", ""), [value.replace("\x00", "") for value in values])
    cleaned._mutable = False
    return cleaned


def _allowed_host(header: str) -> bool:
    # A proxy chain sends "a, b": every hop must be ours.
    hosts = settings.ALLOWED_HOSTS
    if settings.DEBUG and not hosts:
        hosts = [".localhost", "127.0.0.1", "[::1]"]
    for value in header.split(","):
        domain, _port = split_domain_port(value.strip())
        if not domain or not validate_host(domain, hosts):
            return False
    return True


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with the admin's own policy, and its nonce on the admin's media.

    The public site's policy is the same for every response, so it is built
    once: django-csp built it afresh for each (about 40 us, a fifth of what
    a page served from the page cache costs). Anything else (the admin, a
    nonce, a view's own policy, report-only) goes through django-csp.
    """

    def process_response(self, request, response):
        if not self._uses_site_policy(request, response):
            return super().process_response(request, response)
        if HEADER not in response and not getattr(response, "_csp_exempt", False):
            response[HEADER] = _site_policy()
        # As django-csp does: a nonce asked for from now on could not be sent.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    @staticmethod
    def _uses_site_policy(request, response):
        per_response = ("_csp_config", "_csp_update", "_csp_replace")
        return (
            getattr(request, "_csp_nonce", None) is None
            and not is_admin_path(request.path_info)
            and not any(hasattr(response, name) for name in per_response)
            and not any(hasattr(response, f"{name}_ro") for name in per_response)
            and not getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            and not settings.CONTENT_SECURITY_POLICY.get("EXCLUDE_URL_PREFIXES")
            and not (settings.DEBUG and response.status_code in (404, 500))
        )

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            return PolicyParts(
                settings.NEWSROOM_ADMIN_CSP, parts.update, parts.replace, parts.nonce
            )
        return parts

    def process_template_response(self, request, response):
        # The prose editor's <script type="importmap"> is inline: admin pages
        # render {{ media }}, so give that media the request's nonce.
        media = (response.context_data or {}).get("media")
        if media is not None and is_admin_path(request.path_info):
            response.context_data["media"] = Media.from_media(media, nonce=request.csp_nonce)
        return response


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


@cache
def _site_policy() -> str:
    return build_policy()


@receiver(setting_changed)
def _forget_site_policy(*, setting, **kwargs):
    if setting == "CONTENT_SECURITY_POLICY":
        _site_policy.cache_clear()
