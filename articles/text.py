"""Text normalisation shared by search, matching and uniqueness rules."""

import re
import unicodedata


def fold(text: str) -> str:
    """Lowercase without accents, as PostgreSQL's unaccent does for Latin text."""
    if text.isascii():  # most words: nothing to decompose (search snippets fold thousands)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_key(text: str) -> str:
    """The identity of a name: “Café  Sénayan” and “cafe senayan” are one."""
    return " ".join(re.findall(r"\w+", fold(text or "")))
