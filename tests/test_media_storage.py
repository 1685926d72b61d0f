"""MEDIA_STORAGE=s3 puts photos on an S3-compatible store (no network needed here)."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsroom.media_storage import media_storage


def test_filesystem_is_the_default(monkeypatch):
    monkeypatch.delenv("MEDIA_STORAGE", raising=False)

    assert media_storage() == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_s3_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("MEDIA_STORAGE", "s3")
    monkeypatch.setenv("S3_BUCKET", "foto-redaksi")
    monkeypatch.setenv("S3_ENDPOINT_URL", "https://s3.example.org")
    monkeypatch.setenv("S3_CUSTOM_DOMAIN", "media.example.org")

    storage = media_storage()

    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "foto-redaksi"
    assert storage["OPTIONS"]["querystring_auth"] is False


@pytest.mark.parametrize("env", [{"MEDIA_STORAGE": "s3"}, {"MEDIA_STORAGE": "ftp"}])
def test_incomplete_or_unknown_storage_is_refused(monkeypatch, env):
    monkeypatch.delenv("S3_BUCKET", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(ImproperlyConfigured):
        media_storage()


def test_the_site_starts_with_s3_and_builds_public_photo_urls():
    code = (
        "import django; django.setup()\n"
        "from django.core.files.storage import default_storage\n"
        "print(default_storage.url('images/2026/11/bus.jpg'))\n"
        "print(type(default_storage._wrapped).__name__)\n"
    )
    env = {
        "PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "newsroom.settings", "DEBUG": "1",
        "MEDIA_STORAGE": "s3", "S3_BUCKET": "foto-redaksi", "S3_CUSTOM_DOMAIN": "media.example.org",
        "S3_ACCESS_KEY_ID": "x", "S3_SECRET_ACCESS_KEY": "y", "S3_REGION": "ap-southeast-3",
    }  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )

    lines = result.stdout.split()
    assert "S3Storage" in lines
    assert "https://media.example.org/images/2026/11/bus.jpg" in lines
