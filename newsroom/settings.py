"""Settings for the newsroom project, read from the environment (12-factor).

See README.md ("Configuration") for every variable.
"""

import secrets
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from newsroom.env import (
    env_bool,
    env_int,
    env_int_list,
    env_list,
    env_str,
    offline_management_command,
)
from newsroom.media_storage import media_storage
from newsroom.security_settings import (
    admin_csp_directives,
    proxy_ssl_header_from_env,
    public_csp_directives,
    site_url_from_env,
    style_hashes,
)

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
# Offline management commands (makemigrations --check, migrate, load_demo…)
# sign nothing that outlives the process, so they may run without a key; a
# server never does: WSGI/ASGI, runserver and gunicorn refuse, and
# `check --deploy` (run first by `make serve`) reports newsroom.E004.
SECRET_KEY_MISSING = not SECRET_KEY and not DEBUG
if SECRET_KEY_MISSING:
    if not offline_management_command(sys.argv):
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = secrets.token_urlsafe(50)
elif not SECRET_KEY:
    # Only ever used for local development with DEBUG on.
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
# The site's public address: canonical, feed, sitemap and e-mail links use it,
# never the request's Host header (newsroom/site.py).
SITE_URL = site_url_from_env(DEBUG, ALLOWED_HOSTS)

INSTALLED_APPS = [
    "newsroom.apps.NewsroomAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "taggit",
    "django_prose_editor",
    "axes",
    "csp",
    "articles",
]

MIDDLEWARE = [
    # First: every response, even a 400 for a forged host, is logged with its id.
    "newsroom.logs.RequestLogMiddleware",
    "newsroom.security.RejectMalformedRequestMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # ETag on every page, 304 for a matching If-None-Match / If-Modified-Since.
    "django.middleware.http.ConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsroom.security.ContentSecurityPolicyMiddleware",
    "newsroom.security.PermissionsPolicyMiddleware",
    # Before anything reads the database: may this request use the replica?
    "newsroom.routers.PrimaryOnlyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "newsroom.middleware.CookieLocaleMiddleware",
    # Inside the security and CSP middleware (their headers go on every hit),
    # after the language is known, before anything that touches the database.
    "articles.page_cache.PageCacheMiddleware",
    # A database outage in any view below: branded 503 with Retry-After.
    "newsroom.faults.DatabaseUnavailableMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): did this session give a second-factor code?
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "articles.views.redirects.RedirectFallbackMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into a 429.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
            ],
        },
    },
]

# The embedded default is a git-ignored SQLite file beside manage.py.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("CONN_MAX_AGE", 0),
    )
}
# One slow query must not hold a worker (and a connection) for ever.
DB_STATEMENT_TIMEOUT_MS = env_int("DB_STATEMENT_TIMEOUT_MS", 5000)
# A search's database time for the queries its words make open-ended; past
# it the page shows what was found and says so (articles/time_budget.py).
SEARCH_TIME_BUDGET_MS = env_int("SEARCH_TIME_BUDGET_MS", 100)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No parallel workers for a page's queries: every query is bounded, and
    # starting workers cost the short ones 7-20 ms on a misestimate (a word
    # that matches nothing) while taking cores from other requests.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c statement_timeout={DB_STATEMENT_TIMEOUT_MS}"
        f" -c max_parallel_workers_per_gather={env_int('DB_PARALLEL_WORKERS', 0)}"
    )
    # psycopg's connection pool (docs/PERFORMANCE.md): a request borrows an
    # open connection instead of paying a new PostgreSQL backend (~3–5 ms,
    # more over TLS) each time. One pool per gunicorn worker process;
    # DB_POOL_MAX × workers must stay below PostgreSQL's max_connections.
    # Django requires CONN_MAX_AGE=0 with a pool (the pool keeps them open).
    if env_bool("DB_POOL", True):
        if DATABASES["default"]["CONN_MAX_AGE"]:
            raise ImproperlyConfigured("DB_POOL=1 needs CONN_MAX_AGE=0 (or set DB_POOL=0).")
        DATABASES["default"]["OPTIONS"]["pool"] = {
            "min_size": env_int("DB_POOL_MIN", 1),
            "max_size": env_int("DB_POOL_MAX", 4),
            # Seconds a request waits for a free connection before an error.
            "timeout": env_int("DB_POOL_TIMEOUT", 10),
        }
# Optional read replica (newsroom/routers.py): anonymous public reads go
# there; the admin, staff and every write stay on the primary.
if DATABASE_REPLICA_URL := env_str("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        DATABASE_REPLICA_URL, conn_max_age=DATABASES["default"]["CONN_MAX_AGE"]
    )
    # The same statement timeout and pool as the primary; tests use the
    # primary's database for it.
    DATABASES["replica"]["OPTIONS"] = dict(DATABASES["default"].get("OPTIONS", {}))
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["newsroom.routers.PrimaryReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # Refuses a locked-out login before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Staff logins: 5 failures for one username from one address lock that pair
# for 15 minutes (429). Locking by username alone would let anyone lock a
# reporter out; by address alone, a whole newsroom behind one NAT.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_RESET_ON_SUCCESS = True

# Only staff have sessions: an idle one ends after SESSION_IDLE_SECONDS, and
# every request moves the deadline (readers get no session, so no writes).
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_SECONDS", 4 * 60 * 60)
SESSION_SAVE_EVERY_REQUEST = True

# Above this a request body is refused with 400 (file uploads excepted: photos
# have their own limit, IMAGE_MAX_BYTES). Article bodies stop at BODY_MAX_BYTES.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Only staff have accounts, and staff accounts are phishing targets.
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env_str("LANGUAGE_CODE", "id")
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
if LANGUAGE_CODE not in dict(LANGUAGES):
    raise ImproperlyConfigured(f"LANGUAGE_CODE must be one of {list(dict(LANGUAGES))}.")
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": media_storage(),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

ADMIN_URL = env_str("ADMIN_URL", "admin/").strip("/") + "/"
# Staff previews send anonymous visitors to the admin's login, wherever it lives.
LOGIN_URL = "admin:login"

# Sessions stay in the database (the default backend): a Redis outage only
# costs speed, never logs the staff out. See docs/PRODUCTION.md, "Faults".
if REDIS_URL := env_str("REDIS_URL"):
    # A dead or stalled Redis must cost a request little: each cache call
    # gives up after this long and the page is served uncached.
    _redis_timeout = env_int("REDIS_TIMEOUT_MS", 250) / 1000
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "socket_connect_timeout": _redis_timeout,
                "socket_timeout": _redis_timeout,
            },
        }
    }
else:
    # Django's own default holds 300 entries: each story read keeps about
    # four (its page, its story's parts, its links, its version), so pages
    # of the 75th story on were being dropped for the next. Entries are
    # 1–15 KB: 5,000 cost about 40 MB in each worker.
    if (_max_entries := env_int("CACHE_MAX_ENTRIES", 5000)) < 1:
        raise ImproperlyConfigured(f"CACHE_MAX_ENTRIES={_max_entries} must be at least 1.")
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": _max_entries},
        }
    }

TAGGIT_CASE_INSENSITIVE = True

# Database outage (newsroom/faults.py): seconds a client is asked to wait.
NEWSROOM_RETRY_AFTER_SECONDS = env_int("RETRY_AFTER_SECONDS", 30)

# Newsroom identity: the outlet code appears in every dateline ("Jakarta, MI -").
NEWSROOM_SITE_NAME = env_str("SITE_NAME", "Newsroom")
NEWSROOM_OUTLET_CODE = env_str("OUTLET_CODE", "MI")
# Bodies above this many bytes are refused before sanitising: nh3's time grows
# quickly with pathological nesting, and no news story is this long.
NEWSROOM_BODY_MAX_BYTES = env_int("BODY_MAX_BYTES", 512 * 1024)

# Photos (articles/images/, docs/PHOTOS.md). Uploads over either limit are
# refused before any pixel is decoded: a 12 KB PNG can declare 100 megapixels.
NEWSROOM_IMAGE_MAX_BYTES = env_int("IMAGE_MAX_BYTES", 20 * 1024 * 1024)
NEWSROOM_IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 50_000_000)
NEWSROOM_IMAGE_WIDTHS = env_int_list("IMAGE_WIDTHS", [320, 640, 960, 1280, 1920])
# AVIF is the smallest format but the slowest to encode; used only where Pillow has it.
NEWSROOM_IMAGE_AVIF = env_bool("IMAGE_AVIF", True)
NEWSROOM_IMAGE_QUALITY = {
    "jpeg": env_int("IMAGE_JPEG_QUALITY", 82),
    "webp": env_int("IMAGE_WEBP_QUALITY", 80),
    "avif": env_int("IMAGE_AVIF_QUALITY", 60),
}

# Page cache (articles/page_cache.py): anonymous public pages, invalidated on
# every content change and never kept past the next scheduled publication.
NEWSROOM_PAGE_CACHE = env_bool("PAGE_CACHE", True)
NEWSROOM_PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# With the default local-memory cache (one per process), every process on the
# host learns of a content change from a marker file here
# (articles/change_marker.py); with REDIS_URL nothing is written.
NEWSROOM_STATE_DIR = Path(env_str("STATE_DIR", str(BASE_DIR / "var")))
# Parts many pages share (the navigation, the most-read lists, the rendered
# header and footer) are cached per content generation too
# (articles/fragments.py).
NEWSROOM_FRAGMENT_CACHE = env_bool("FRAGMENT_CACHE", True)
# Cached pages and fragments are keyed on the release (articles/release.py):
# a version or commit id set at deploy, else a digest of the code, templates,
# translations and static files' names.
NEWSROOM_RELEASE = env_str("RELEASE", "")
# What a CDN may keep (s-maxage), browsers (max-age), and serve stale while refreshing.
NEWSROOM_CDN_SECONDS = env_int("CDN_CACHE_SECONDS", 60)
NEWSROOM_BROWSER_SECONDS = env_int("BROWSER_CACHE_SECONDS", 30)
NEWSROOM_STALE_SECONDS = env_int("STALE_WHILE_REVALIDATE_SECONDS", 30)

# "Terpopuler": reads are buffered per process and written in batches. Time
# is the usual trigger; the count only bounds what a crash could lose. A
# batch of 50 turned a spike on one story into 70 UPDATEs a second of one
# row per process, and cost cached pages 12 % of their rate (docs/PERFORMANCE.md).
NEWSROOM_READS_FLUSH_EVERY = env_int("READS_FLUSH_EVERY", 10000)
NEWSROOM_READS_FLUSH_SECONDS = env_int("READS_FLUSH_SECONDS", 30)

# One JSON object per line on stdout, each with the request's id (newsroom/logs.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "newsroom.logs.RequestIdFilter"}},
    "formatters": {"json": {"()": "newsroom.logs.JsonFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            **({"formatter": "json"} if env_bool("LOG_JSON", not DEBUG) else {}),
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# Security headers. Public pages run no script and no inline style at all;
# the admin (rich-text editor, select2) gets its own looser policy.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": public_csp_directives(
        env_list("CSP_IMG_SOURCES", []),
        # The 500 and 503 pages (today the same rules: one hash).
        list(
            dict.fromkeys(
                style_hashes(BASE_DIR / "templates" / "500.html")
                + style_hashes(BASE_DIR / "templates" / "503.html")
            )
        ),
    ),
}
NEWSROOM_ADMIN_CSP = admin_csp_directives(env_list("CSP_IMG_SOURCES", []))
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Host comes from the Host header only; a forged X-Forwarded-Host is a 400.
USE_X_FORWARDED_HOST = False

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    # Load balancers probe over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    if not SECURE_SSL_REDIRECT:
        # Switched off on purpose (the TLS proxy redirects): not a deploy warning.
        SILENCED_SYSTEM_CHECKS = ["security.W008"]
    SECURE_PROXY_SSL_HEADER = proxy_ssl_header_from_env()
