"""Where uploaded photos and their renditions live (MEDIA_STORAGE).

`filesystem` (default): MEDIA_ROOT on this machine — one app server only.
`s3`: any S3-compatible object store through django-storages, so several
stateless app servers share the same files. Everything goes through
Django's storage API (articles/images/), so nothing else changes.
"""

from django.core.exceptions import ImproperlyConfigured

from newsroom.env import env_str


def media_storage() -> dict:
    kind = env_str("MEDIA_STORAGE", "filesystem")
    if kind == "filesystem":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    if kind != "s3":
        raise ImproperlyConfigured(f"MEDIA_STORAGE={kind!r}: use 'filesystem' or 's3'.")
    bucket = env_str("S3_BUCKET")
    if not bucket:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs S3_BUCKET.")
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": env_str("S3_ENDPOINT_URL") or None,
            "region_name": env_str("S3_REGION") or None,
            # Without keys, boto3 uses the machine's role or its usual files.
            "access_key": env_str("S3_ACCESS_KEY_ID") or None,
            "secret_key": env_str("S3_SECRET_ACCESS_KEY") or None,
            # Photos are public: plain URLs (through the CDN's domain when
            # given), not signed ones that expire inside cached pages.
            "custom_domain": env_str("S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "default_acl": None,
            # Never replace a stored photo: names are unique or content-hashed.
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
