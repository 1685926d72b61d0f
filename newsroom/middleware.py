from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


class CookieLocaleMiddleware:
    """Pick the UI language from the language cookie only, else LANGUAGE_CODE.

    Django's LocaleMiddleware also honours Accept-Language, which would show
    most visitors (whose browsers say "en-US") an English site. An Indonesian
    newsroom is Indonesian unless the reader explicitly switches.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        # The same URL renders differently per language cookie.
        patch_vary_headers(response, ["Cookie"])
        translation.deactivate()
        return response
