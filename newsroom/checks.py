"""Deploy checks (`manage.py check --deploy`): `make serve` refuses to start on any."""

import tempfile
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.http.request import split_domain_port, validate_host


@register(Tags.security, deploy=True)
def check_site_url(app_configs, **kwargs):
    if not settings.SITE_URL:
        return [
            Error(
                "SITE_URL is not set and no ALLOWED_HOSTS entry names the site.", id="newsroom.E001"
            )
        ]
    parts = urlsplit(settings.SITE_URL)
    domain, _port = split_domain_port(parts.netloc)
    errors = []
    if parts.scheme != "https":
        errors.append(
            Error("SITE_URL must be an https:// address in production.", id="newsroom.E002")
        )
    if not validate_host(domain, settings.ALLOWED_HOSTS):
        errors.append(
            Error(f"SITE_URL's host {domain!r} is not in ALLOWED_HOSTS.", id="newsroom.E003")
        )
    return errors


@register(Tags.security, deploy=True)
def check_secret_key_is_set(app_configs, **kwargs):
    if getattr(settings, "SECRET_KEY_MISSING", False):
        return [Error("SECRET_KEY is not set.", id="newsroom.E004")]
    return []


@register(Tags.caches, deploy=True)
def check_change_marker_is_writable(app_configs, **kwargs):
    """With a per-process cache, a change reaches the other workers only
    through the marker file (articles/change_marker.py)."""
    from articles.change_marker import path
    from articles.page_cache import uses_process_local_cache

    if not uses_process_local_cache():
        return []
    directory = path().parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=directory):
            pass
    except OSError as error:
        return [
            Error(
                f"STATE_DIR {directory} is not writable ({error.strerror}): with the "
                "local-memory cache, workers would keep serving pages a change made stale.",
                hint="Set STATE_DIR to a writable directory, or REDIS_URL.",
                id="newsroom.E005",
            )
        ]
    return []
