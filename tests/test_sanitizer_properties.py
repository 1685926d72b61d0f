"""Property tests for the body sanitiser: whatever goes in, nothing executable comes out."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.sanitizer import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, URL_SCHEMES, sanitize_html

TAGS = [
    *sorted(ALLOWED_TAGS),
    "script", "style", "iframe", "object", "embed", "svg", "math", "form", "input",
    "button", "base", "meta", "link", "template", "noscript", "textarea", "title",
    "xmp", "plaintext", "video", "audio", "source", "frame", "frameset", "applet",
    "SCRIPT", "ScRiPt", "svg:script", "animate", "set", "use", "foreignObject",
]  # fmt: skip
ATTRIBUTES = [
    "href", "src", "srcset", "alt", "title", "width", "start", "data-file", "onerror",
    "onclick", "onload", "ONMOUSEOVER", "style", "formaction", "action", "xlink:href",
    "background", "poster", "dynsrc", "lowsrc", "srcdoc", "content", "http-equiv",
    "attributeName", "values", "from", "to", "begin", "class", "id", "target",
]  # fmt: skip
VALUES = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
    "java\tscript:alert(1)", "java\nscript:alert(1)", "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>", "data:image/svg+xml;base64,PHN2Zz4=",
    "livescript:x", "\x01javascript:alert(1)", "//evil.example/x.js", "alert(1)",
    "expression(alert(1))", "url(javascript:alert(1))", "https://example.org/",
    "mailto:redaksi@example.org", "/nasional/1/x/", "x\" onerror=\"alert(1)",
    "'><script>alert(1)</script>", "refresh", "0;url=javascript:alert(1)",
]  # fmt: skip
GENERIC = {"title", "lang"}
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
RAW = [
    "<!--", "-->", "<![CDATA[", "]]>", "<", ">", "</", "/>", "&", "&lt;", "\"", "'", "`",
    "<script>", "</script>", "<scr<script>ipt>", "<img src=x onerror=alert(1)//",
    "<svg/onload=alert(1)>", "<a href='javascript:alert(1)'>", "<?xml ?>", "<!DOCTYPE html>",
]  # fmt: skip


@st.composite
def attribute(draw):
    name = draw(st.sampled_from(ATTRIBUTES))
    value = draw(st.one_of(st.sampled_from(VALUES), TEXT))
    quote = draw(st.sampled_from(['"', "'", ""]))
    if not quote:
        value = re.sub(r"[\s\"'>=<`]", "", value) or "x"
    return f" {name}={quote}{value}{quote}"


def fragment(children):
    @st.composite
    def element(draw):
        tag = draw(st.sampled_from(TAGS))
        attrs = "".join(draw(st.lists(attribute(), max_size=3)))
        inner = "".join(draw(st.lists(children, max_size=3)))
        closing = draw(st.sampled_from([f"</{tag}>", "", f"</{tag.upper()}>"]))
        return f"<{tag}{attrs}>{inner}{closing}"

    return element()


HTML = st.recursive(
    st.one_of(TEXT, st.sampled_from(RAW)),
    lambda children: st.one_of(fragment(children), st.lists(children, max_size=4).map("".join)),
    max_leaves=25,
)


class Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.found.append((tag, attrs))


def _elements(html):
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser.found


def _scheme(url):
    # What a browser would see: control characters and whitespace are ignored.
    return urlsplit(re.sub(r"[\x00-\x20\x7f]", "", url)).scheme.lower()


def _assert_nothing_executable(html):
    assert not re.search(r"<\s*(script|style|iframe|object|embed|svg|math)", html, re.I)
    for tag, attrs in _elements(html):
        assert tag in ALLOWED_TAGS
        for name, value in attrs:
            # nh3 allows title and lang everywhere, and adds rel to links itself.
            allowed = (
                ALLOWED_ATTRIBUTES.get(tag, set()) | GENERIC | ({"rel"} if tag == "a" else set())
            )
            assert name in allowed, (tag, name)
            assert not name.startswith("on") and name != "style"
            if name in ("href", "src") and value:
                assert _scheme(value) in URL_SCHEMES | {""}, value


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTML)
def test_whatever_goes_in_nothing_executable_comes_out(dirty):
    clean = sanitize_html(dirty)

    _assert_nothing_executable(clean)
    # Every later save cleans the body again: nothing changes any more.
    assert sanitize_html(clean) == clean


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_at_all_is_made_safe(dirty):
    _assert_nothing_executable(sanitize_html(dirty))
