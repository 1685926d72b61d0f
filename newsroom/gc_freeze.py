"""Keep a worker's long-lived objects out of Python's full collections.

A gunicorn worker holds about 100,000 objects that live as long as it does
(modules, URL patterns, compiled templates, settings). Every few hundred
requests Python's oldest-generation collection walks all of them: 57-73 ms
at once, the home page's p99 outliers at 1M articles. After
``gc.freeze()`` they are left out: 4-6 ms (docs/PERFORMANCE.md).

Django loads views, templates and translations on first use, so the
worker freezes what it holds after its 1st, 10th, 100th and 1,000th
request, each time after a collection so no garbage is kept for good.
Installed by newsroom/gunicorn_conf.py only: tests and runserver keep
Python's defaults.
"""

import gc

from django.core.signals import request_finished

FREEZE_AFTER = frozenset({1, 10, 100, 1000})


def install():
    served = 0

    def freeze(**kwargs):
        nonlocal served
        served += 1
        if served in FREEZE_AFTER:
            gc.collect()
            gc.freeze()

    request_finished.connect(freeze, weak=False, dispatch_uid="gc_freeze")
