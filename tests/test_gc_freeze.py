"""gunicorn workers keep their long-lived objects out of full collections."""

import gc

import pytest
from django.core.signals import request_finished

from newsroom import gunicorn_conf


@pytest.fixture
def worker():
    assert gc.get_freeze_count() == 0  # tests and runserver keep Python's defaults
    gunicorn_conf.post_worker_init(worker=None)
    yield
    request_finished.disconnect(dispatch_uid="gc_freeze")
    gc.unfreeze()


@pytest.mark.django_db
def test_a_worker_freezes_what_it_has_loaded_after_its_first_requests(client, worker):
    client.get("/healthz")
    after_one = gc.get_freeze_count()
    for _ in range(9):
        client.get("/healthz")

    assert after_one > 10_000  # modules, settings, URL patterns…
    assert len(gc.get_objects()) < after_one  # what the collector still walks
