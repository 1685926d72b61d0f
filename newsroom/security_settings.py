"""Security settings parsed from the environment (imported by settings.py only)."""

import base64
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

from newsroom.env import env_bool, env_str


def site_url_from_env(debug: bool, allowed_hosts: list[str]) -> str:
    """SITE_URL, else https://<first allowed host> (http://127.0.0.1:PORT with DEBUG)."""
    raw = env_str("SITE_URL").strip().rstrip("/")
    if not raw:
        if debug:
            return f"http://127.0.0.1:{env_str('PORT', '8000')}"
        concrete = [host for host in allowed_hosts if host[:1] not in (".", "*")]
        # Empty with no usable host: the deploy check (newsroom/checks.py) refuses it.
        return f"https://{concrete[0]}" if concrete else ""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path:
        raise ImproperlyConfigured(f"SITE_URL={raw!r} must look like https://news.example.org")
    return raw


def proxy_ssl_header_from_env() -> tuple[str, str] | None:
    """SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto: https"; BEHIND_TLS_PROXY=1 means that one."""
    raw = env_str("SECURE_PROXY_SSL_HEADER").strip()
    if not raw:
        return ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY") else None
    name, sep, value = raw.partition(":")
    if not sep or not name.strip() or not value.strip():
        raise ImproperlyConfigured(
            f"SECURE_PROXY_SSL_HEADER={raw!r} must look like 'X-Forwarded-Proto: https'."
        )
    return "HTTP_" + name.strip().upper().replace("-", "_"), value.strip()


def style_hashes(template: Path) -> list[str]:
    """CSP hashes of a template's literal <style> blocks.

    The 500 page must render with no database, static files or template tags,
    so its few rules are inline; its hash (not 'unsafe-inline') allows them.
    """
    return [
        f"'sha256-{base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()}'"
        for css in re.findall(r"<style>(.*?)</style>", template.read_text(), re.S)
    ]


def public_csp_directives(img_sources: list[str], style_hashes: list[str]) -> dict:
    # Readers' pages need no script: JSON-LD blocks are data, which CSP does
    # not apply to. No nonce either, so cached pages stay valid.
    return {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, *style_hashes],
        "img-src": [SELF, *img_sources],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }


def admin_csp_directives(img_sources: list[str]) -> dict:
    # The editor's import map gets the request's nonce (newsroom/security.py);
    # ProseMirror and the admin templates set inline styles, so styles may be inline.
    return {
        **public_csp_directives(img_sources, []),
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *img_sources],
    }
