from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from articles.urls import seo_urlpatterns
from newsroom.health import healthz, readyz

# A database outage outside any view is a 503 too (newsroom/faults.py).
handler500 = "newsroom.faults.server_error"

urlpatterns = [
    # No trailing slash, and exempt from the HTTPS redirect (settings.py).
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path(settings.ADMIN_URL, admin.site.urls),
    # CSRF-exempt on purpose: it only sets a display preference, and public
    # pages without a per-visitor token can be cached and shared.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    *seo_urlpatterns,
    path("", include("articles.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
