"""gunicorn settings for `make serve` (docs/PRODUCTION.md).

Workers: WEB_CONCURRENCY, else one sync worker per CPU core, at least 2.
Pages are render-bound (CPU), not I/O-bound, so the classic 2 × cores + 1
only adds contention: on 2 cores, 2 sync workers served more pages a second
than 4. Two workers also keep the site up while one restarts.
"""

import os

from newsroom.env import env_bool, env_int, env_str

bind = f"{env_str('HOST', '127.0.0.1')}:{env_int('PORT', 8000)}"
workers = env_int("WEB_CONCURRENCY", max(2, os.cpu_count() or 1))
worker_class = "sync"
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = 20
# Recycle workers now and then so a slow leak cannot grow without bound, but
# rarely: a new worker starts with an empty local-memory page cache. At 2000
# requests a worker restarted every second or so under load (14 restarts in
# 10 s of make bench), costing 12 % of cached-page throughput and 20 % of the
# floor, with 250 ms stalls.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 50000)
max_requests_jitter = max_requests // 10
# The app logs every request as JSON (newsroom/logs.py): no second access log.
accesslog = None
errorlog = "-"
# Only the proxy's address may set X-Forwarded-* (gunicorn's own default).
forwarded_allow_ips = env_str("FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "newsroom.wsgi:application"


def on_starting(server):
    """Refuse to start on any deploy check (DEBUG on, weak SECRET_KEY, no hosts…)."""
    import django
    from django.core.management import call_command

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    django.setup()
    call_command("check", deploy=True, fail_level="WARNING")


def post_worker_init(worker):
    """Long-lived objects out of full garbage collections (newsroom/gc_freeze.py);
    GC_FREEZE=0 keeps Python's defaults."""
    if env_bool("GC_FREEZE", True):
        from newsroom import gc_freeze

        gc_freeze.install()


def worker_exit(server, worker):
    """Write the "Terpopuler" reads this worker buffered (articles/popularity.py)
    before it goes: a recycled or stopped worker would otherwise drop them."""
    from articles import popularity

    popularity.flush()
