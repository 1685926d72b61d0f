"""Find attributed quotations in a story's text, the way Indonesian (and
English) news writes them, so editors can confirm them as Quote rows.

Recognised forms (straight or curly quotes):
  "…," kata/ujar/ungkap/jelas/tutur/tegas/… Nama[, jabatan][, Tempat, Hari (19/6)].
  "…," katanya / ujarnya …      (the speaker of the previous quotation)
  Menurut Nama, "…".   |   "…," menurut Nama.
  Nama mengatakan/menegaskan/…, "…".
  "…," Name said.   |   "…," said Name.   |   Name said: "…"
Nothing is stored here: this only proposes.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags

VERBS = (
    "kata|ujar|ungkap|jelas|tutur|tegas|ucap|imbuh|tambah|papar|terang|sebut|"
    "klaim|akui|pungkas|lanjut|katakan"
)
SPEAKING = (
    "mengatakan|menegaskan|menjelaskan|mengungkapkan|menuturkan|menyatakan|menyebutkan|berkata"
)
OPEN, CLOSE = '["“”]', '["“”]'
QUOTE = rf"{OPEN}(?P<text>[^\"“”]{{8,}}?)[,.]?\s*{CLOSE}"
# A name: capitalised words, with initials and particles such as "bin" or "van".
NAME = r"(?P<speaker>(?:[A-Z][\w'’.-]*|[A-Z]\.)(?:\s+(?:bin|binti|van|de|al|el|[A-Z][\w'’.-]*|[A-Z]\.))*)"
TAIL = r"(?P<tail>[^\"“”\n]*?)(?=[.!?](?:\s|$)|$)"
DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

PATTERNS = [
    re.compile(rf"{QUOTE}\s*,?\s*(?:{VERBS})(?:nya)?\s+{NAME}{TAIL}"),
    re.compile(rf"{QUOTE}\s*,?\s*(?:{VERBS})nya\b{TAIL}"),
    re.compile(rf"\b[Mm]enurut\s+{NAME}\s*,\s*{QUOTE}"),
    re.compile(rf"{QUOTE}\s*,?\s*menurut\s+{NAME}{TAIL}"),
    re.compile(rf"{NAME}\s+(?:{SPEAKING})\s*(?:bahwa\s*)?[,:]?\s*{QUOTE}"),
    re.compile(rf"{QUOTE}\s*,?\s*{NAME}\s+(?:said|says|told\s+\w+){TAIL}"),
    re.compile(rf"{QUOTE}\s*,?\s*said\s+{NAME}{TAIL}"),
    re.compile(rf"{NAME}\s+(?:said|says)\s*[,:]\s*{QUOTE}"),
]
# Words that look like names at the start of a sentence but are not speakers.
NOT_NAMES = {
    "Ia",
    "Dia",
    "Mereka",
    "Kami",
    "Kita",
    "Saya",
    "Beliau",
    "He",
    "She",
    "They",
    "It",
    "We",
    "The",
    "Hal",
}
_CONTEXT = re.compile(
    rf"(?:,\s*|\s+di\s+)(?P<context>[A-Z][\w\s.-]*?,?\s*{DAY}\s*\(\d{{1,2}}/\d{{1,2}}\))"
)
# Titles that often stand before a name ("Menteri Pertanian Andi Pratama").
TITLES = {
    "Menteri", "Wakil", "Wali", "Gubernur", "Bupati", "Presiden", "Kepala", "Ketua", "Direktur",
    "Deputi", "Sekretaris", "Kapolda", "Kapolri", "Kapolres", "Panglima", "Juru", "Dirut", "Camat",
    "Lurah", "Anggota", "Pengamat", "Ekonom", "Dosen", "Guru", "Dokter", "Pelatih", "Minister",
    "President", "Governor", "Mayor", "Director", "Chairman", "Chief", "Professor", "Prof.", "Dr.",
}  # fmt: skip
_NOT_ROLE = (
    "di ",
    "kepada ",
    "saat ",
    "ketika ",
    "dalam ",
    "usai ",
    "on ",
    "at ",
    "in ",
    "during ",
    "after ",
)


@dataclass(frozen=True)
class Suggestion:
    text: str
    speaker: str
    speaker_role: str
    context: str


def _split_name(raw: str) -> tuple[str, str]:
    """(name, title): "Menteri Pertanian Andi Pratama" → ("Andi Pratama", "Menteri Pertanian")."""
    words = raw.strip(" ,.").split()
    while words and words[-1].lower() in {"de", "van", "bin", "binti", "al", "el"}:
        words.pop()
    if len(words) > 2 and words[0] in TITLES:
        return " ".join(words[-2:]), " ".join(words[:-2])
    return " ".join(words), ""


def _split_tail(tail: str) -> tuple[str, str]:
    """From what follows the name: (role, context)."""
    context = ""
    match = _CONTEXT.search(tail)
    if match:
        context = match.group("context").removeprefix("di ").strip()
        tail = tail[: match.start()]
    role = tail.strip(" ,")
    if role.lower().startswith(_NOT_ROLE):
        role = ""
    return role[:200], context[:200]


def paragraphs(html: str) -> list[str]:
    text = re.sub(r"</(p|h\d|li|blockquote)>", "\n", html or "")
    return [line.strip() for line in strip_tags(text).splitlines() if line.strip()]


def suggest(html: str) -> list[Suggestion]:
    found: list[Suggestion] = []
    last_speaker = ""
    for paragraph in paragraphs(html):
        spans = []
        for pattern in PATTERNS:
            for match in pattern.finditer(paragraph):
                if any(start <= match.start() < end for start, end in spans):
                    continue
                groups = match.groupdict()
                speaker, title = _split_name(groups.get("speaker") or "")
                speaker = speaker or last_speaker
                if not speaker or speaker.split()[0] in NOT_NAMES:
                    continue
                role, context = _split_tail(groups.get("tail") or "")
                role = role or title
                text = " ".join(groups["text"].split()).rstrip(",")
                spans.append((match.start(), match.end()))
                found.append(Suggestion(text, speaker, role, context))
                last_speaker = speaker
    unique, seen = [], set()
    for suggestion in found:
        if suggestion.text not in seen:
            seen.add(suggestion.text)
            unique.append(suggestion)
    return unique
