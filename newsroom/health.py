"""Probes for load balancers and orchestrators: cheap, never cached, no HTML."""

import logging

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

log = logging.getLogger(__name__)
# Once every migration was seen applied it stays so for this process:
# loading the migration graph on every probe would not be cheap.
_migrated = False


@never_cache
@require_safe
def healthz(request):
    """The process answers: nothing else is checked."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request):
    """Ready for traffic: the database and the cache answer, migrations applied."""
    checks = {"database": _database(), "cache": _cache()}
    checks["migrations"] = _migrations() if checks["database"] == "ok" else "unknown"
    ready = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", **checks}, status=200 if ready else 503
    )


def _database():
    try:
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except Exception:
        log.warning("readyz: database unreachable", exc_info=True)
        return "unreachable"


def _cache():
    try:
        cache.set("readyz", "1", timeout=5)
        return "ok" if cache.get("readyz") == "1" else "unreachable"
    except Exception:
        log.warning("readyz: cache unreachable", exc_info=True)
        return "unreachable"


def _migrations():
    global _migrated
    if not _migrated:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        _migrated = not executor.migration_plan(executor.loader.graph.leaf_nodes())
    return "ok" if _migrated else "pending"
