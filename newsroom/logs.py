"""Structured logs: one JSON object per line, each tied to its request's id.

A 40-line formatter rather than a dependency: it decides exactly which fields
leave the process, so no cookie, session, header or form value ever does.
"""

import json
import logging
import re
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")
access_log = logging.getLogger("newsroom.request")

# A proxy's id is reused only if it is short and plain (it lands in our logs).
_INCOMING_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")
# Shared preview links carry their secret in the path, and Django's own
# "Not Found: <path>" messages repeat it.
_SECRET_PATHS = re.compile(r"(/pratinjau/tautan/)[^/\s]+")
# Attributes every LogRecord has; anything else was passed with extra=.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message"}
# Django's loggers pass the request and the socket along: never serialise those.
_NEVER = {"request", "server_time", "status_code", "request_id"}


def safe_path(path: str) -> str:
    return _SECRET_PATHS.sub(r"\1[redacted]", path)


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        # django.request logs errors after the middleware returned: its record
        # carries the request itself.
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", request_id_var.get()),
            "message": safe_path(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in _NEVER:
                entry[key] = value if isinstance(value, str | int | float | bool) else str(value)
        if record.exc_info:
            entry["exception"] = safe_path(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class RequestLogMiddleware:
    """Give each request an id (X-Request-ID) and log one line when it ends.

    Only method, path (secrets redacted), status and duration: never the
    query string, headers, cookies or session.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if _INCOMING_ID.fullmatch(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        request.request_id = request_id
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request_id
            access_log.info(
                "%s %s %s",
                request.method,
                safe_path(request.path),
                response.status_code,
                extra={
                    "request_id": request_id,
                    "method": request.method,
                    "path": safe_path(request.path),
                    "status": response.status_code,
                    "duration_ms": round((time.monotonic() - started) * 1000, 1),
                },
            )
            return response
        finally:
            request_id_var.reset(token)
