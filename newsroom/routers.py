"""Read replica: public reads go to "replica", everything else to "default".

Active only when DATABASE_REPLICA_URL is set (settings.py). A request is
allowed the replica only if it is an anonymous GET/HEAD outside the admin
(PrimaryOnlyMiddleware decides). Staff, the admin, forms and anything outside
a request (commands, migrations) read the primary: they must see their own
writes at once, and a replica lags. After a write, the rest of the request
sticks to the primary for the same reason.
"""

from contextvars import ContextVar

from django.conf import settings

from newsroom.security import is_admin_path

REPLICA = "replica"
PRIMARY = "default"
# None outside a request: the primary.
_reads_from: ContextVar[str | None] = ContextVar("reads_from", default=None)


def replica_allowed(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        and not is_admin_path(request.path_info)
    )


class PrimaryOnlyMiddleware:
    """Marks for the router whether this request may read from the replica."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _reads_from.set(REPLICA if replica_allowed(request) else PRIMARY)
        try:
            return self.get_response(request)
        finally:
            _reads_from.reset(token)


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        # Without the alias (a replica taken out of the settings) all is primary.
        if _reads_from.get() == REPLICA and REPLICA in settings.DATABASES:
            return REPLICA
        return PRIMARY

    def db_for_write(self, model, **hints):
        if _reads_from.get() is not None:
            _reads_from.set(PRIMARY)  # read your own write for the rest of the request
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data on both

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY  # the replica follows the primary's WAL
