"""Synthetic Indonesian-looking news for scale tests: ``manage.py generate_articles``.

Sections, authors, people and topics are created once (get-or-create by slug,
so a second run reuses them); articles are always added. Topics follow a
Zipf-like long tail (a few huge topics, thousands with a handful of stories),
publication times spread over ``YEARS`` years with more stories lately, and a
few articles are drafts, in review, unpublished, retracted or scheduled.

PostgreSQL: rows go in with COPY (psycopg's ``cursor.copy()``), one
transaction per batch. COPY bypasses ``SanitizedHTMLField.pre_save``, so
bodies are generated as exactly what the sanitiser stores (plain <p>, <h2>,
<strong>, <em>, <blockquote>; tests/test_generate.py checks that
``sanitize_html(body) == body``). Article ids are reserved from the table's
sequence before the rows are written, so concurrent writers and later runs
never collide, and every slug ends with its id. The search trigger stays on:
it computes each tsvector as the row arrives, on the server's core, while
Python builds the next batch on the other (see docs/PERFORMANCE.md).

SQLite (small N, tests): the same rows through ``bulk_create``.
"""

import bisect
import random
import time
from datetime import timedelta
from itertools import accumulate

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Person,
    Quote,
    RelatedLink,
    Section,
    TaggedTopic,
    Topic,
)
from articles.text import name_key

YEARS = 8
BATCH = 5000
# Shares of non-live states; the rest is live (published and due).
STATES = [
    (Article.Status.DRAFT, 0.02),
    (Article.Status.IN_REVIEW, 0.01),
    (Article.Status.UNPUBLISHED, 0.01),
    (Article.Status.RETRACTED, 0.003),
    ("scheduled", 0.002),
]

SECTIONS = [
    # (name, slug, weight): news volume per section is far from even.
    ("Nasional", "nasional", 20),
    ("Politik", "politik", 14),
    ("Ekonomi", "ekonomi", 14),
    ("Megapolitan", "megapolitan", 12),
    ("Nusantara", "nusantara", 10),
    ("Internasional", "internasional", 8),
    ("Olahraga", "olahraga", 9),
    ("Humaniora", "humaniora", 4),
    ("Teknologi", "teknologi", 3),
    ("Hiburan", "hiburan", 3),
    ("Kesehatan", "kesehatan", 2),
    ("Opini", "opini", 1),
]
FIRST = (
    "Agus Budi Citra Dewi Eko Fitri Gita Hendra Indah Joko Kartika Lestari Made Nur "
    "Putu Rina Sari Teguh Utami Wahyu Yanti Yusuf Bambang Siti Rizky Dimas Ayu Fajar "
    "Galih Hana Ikhsan Laras Maya Nanda Oki Puspita Rudi Sinta Tri Wulan Arif Bayu"
).split()
LAST = (
    "Santoso Wijaya Saputra Lestari Hidayat Pratama Nugroho Kurniawan Siregar Nasution "
    "Harahap Simanjuntak Wibowo Setiawan Susanto Gunawan Purnomo Rahmawati Sembiring "
    "Tanjung Lubis Situmorang Manurung Hutapea Pohan Daulay Ginting Tarigan Sitepu Wahyudi"
).split()
PLACES = (
    "Jakarta Bandung Surabaya Medan Semarang Makassar Palembang Denpasar Yogyakarta "
    "Malang Bekasi Bogor Depok Tangerang Padang Pekanbaru Pontianak Banjarmasin Manado "
    "Balikpapan Samarinda Jayapura Kupang Mataram Ambon Kendari Palu Jambi Bengkulu "
    "Serang Cirebon Solo Tegal Kediri Jember Batam Tarakan Sorong Merauke Ternate"
).split()
THEMES = [
    "Banjir", "Harga Beras", "Pilkada", "Kemacetan", "Korupsi Dana Desa", "Gempa",
    "Kebakaran Hutan", "Stunting", "Transportasi Umum", "Sampah Plastik", "UMKM",
    "Pariwisata", "Tol", "Pelabuhan", "Banjir Rob", "Demam Berdarah", "Sekolah Rakyat",
    "Harga Cabai", "Pasar Tradisional", "Investasi", "Listrik", "Air Bersih",
    "Pembangunan Bandara", "Kriminalitas", "Narkoba", "Persija", "Liga 1", "Festival",
    "Kereta Cepat", "Bansos", "Pajak Daerah", "Perumahan", "Reklamasi", "Tambang Nikel",
]  # fmt: skip
HEAD_TOPICS = [
    "KPK", "Pemilu", "Timnas Indonesia", "IKN Nusantara", "Inflasi", "DPR", "APBN",
    "Polri", "Mahkamah Konstitusi", "Bank Indonesia", "Rupiah", "BMKG", "Covid-19",
    "Makan Bergizi Gratis", "Mudik Lebaran", "Piala Dunia", "Harga BBM", "Gaza",
]  # fmt: skip
ROLES = [
    "Kepala Dinas Perhubungan", "Gubernur", "Wali Kota", "Menteri Keuangan",
    "Ketua KPK", "Anggota DPR", "Pengamat Ekonomi", "Kapolda", "Direktur Utama",
    "Kepala BMKG", "Bupati", "Ketua Umum PSSI", "Peneliti", "Warga",
]  # fmt: skip
VERBS = [
    "menegaskan", "meminta", "membantah", "mengungkap", "menyoroti", "meninjau",
    "mendorong", "mengkritik", "mengumumkan", "menolak", "menargetkan", "menjanjikan",
]  # fmt: skip
SENTENCES = [
    "Pemerintah daerah menyiapkan anggaran tambahan untuk menangani persoalan {t} di {p}.",
    "Menurut data terbaru, jumlah warga terdampak di {p} terus bertambah sejak pekan lalu.",
    "Sejumlah pihak menilai langkah tersebut belum menyentuh akar persoalan {t}.",
    "Rapat koordinasi digelar di kantor gubernur dan dihadiri para kepala dinas.",
    "Warga berharap pemerintah bertindak cepat agar kejadian serupa tidak terulang.",
    "Aparat keamanan disiagakan di sejumlah titik rawan di {p} dan sekitarnya.",
    "Kebijakan itu akan dievaluasi setiap tiga bulan oleh tim gabungan.",
    "Harga kebutuhan pokok di pasar tradisional {p} naik dalam sepekan terakhir.",
    "DPRD meminta penjelasan rinci soal penggunaan anggaran {t} tahun ini.",
    "Pihak kepolisian masih memeriksa sejumlah saksi untuk melengkapi berkas perkara.",
    "Program ini ditargetkan menjangkau lebih dari sepuluh ribu keluarga.",
    "Pengamat menyebut koordinasi antarlembaga menjadi kunci penyelesaian {t}.",
    "Hujan deras sejak sore membuat beberapa ruas jalan di {p} tergenang.",
    "Kementerian terkait berjanji menerbitkan aturan teknis dalam waktu dekat.",
    "Pelaku usaha kecil di {p} mengaku omzet mereka turun hampir separuh.",
    "Hasil survei menunjukkan kepuasan publik terhadap layanan tersebut meningkat.",
]
QUOTES = [
    "Kami akan menuntaskan persoalan ini secepatnya",
    "Tidak ada toleransi bagi siapa pun yang melanggar aturan",
    "Anggarannya sudah kami siapkan, tinggal pelaksanaan di lapangan",
    "Kami minta masyarakat tetap tenang dan tidak terpancing isu",
    "Data yang beredar itu tidak benar, kami punya data resmi",
    "Evaluasi menyeluruh akan dilakukan bersama semua pemangku kepentingan",
    "Ini bukan pekerjaan satu instansi, semua harus terlibat",
    "Kami sudah turun langsung dan melihat kondisi warga",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EXTERNAL = [
    ("https://www.bps.go.id/", "Data Badan Pusat Statistik"),
    ("https://www.bmkg.go.id/", "Prakiraan cuaca BMKG"),
    ("https://www.kpk.go.id/", "Siaran pers KPK"),
    ("https://www.bi.go.id/", "Statistik Bank Indonesia"),
]


def zipf_cum_weights(n: int, s: float = 1.1) -> list[float]:
    """Cumulative weights of ranks 1..n for random.choices / bisect: rank k ∝ 1/k^s."""
    return list(accumulate(1 / (k**s) for k in range(1, n + 1)))


class Generator:
    def __init__(self, *, seed: int = 0, now=None, out=None):
        self.rng = random.Random(seed)
        self.now = now or timezone.now()
        self.out = out or (lambda message: None)
        self.postgres = connection.vendor == "postgresql"

    # Reference data ---------------------------------------------------------

    def _ensure(self, model, rows, key="slug"):
        """Create the rows whose ``key`` is missing; return all of them in ``rows`` order."""
        wanted = [row[key] for row in rows]
        have = set(model.objects.filter(**{f"{key}__in": wanted}).values_list(key, flat=True))
        model.objects.bulk_create([model(**row) for row in rows if row[key] not in have])
        found = {getattr(obj, key): obj for obj in model.objects.filter(**{f"{key}__in": wanted})}
        return [found[value] for value in wanted]

    def reference_data(self):
        rng = self.rng
        sections = self._ensure(
            Section,
            [
                {"name": name, "slug": slug, "position": index}
                for index, (name, slug, _weight) in enumerate(SECTIONS)
            ],
        )
        self.sections = [section.pk for section in sections]
        self.section_cum = list(accumulate(weight for _n, _s, weight in SECTIONS))

        names = [f"{first} {last}" for first in FIRST for last in LAST]
        authors = [
            {"name": name, "slug": f"gen-{slugify(name)}", "role": "Wartawan"}
            for name in sorted(set(names))[:400]
        ]
        self.authors = [author.pk for author in self._ensure(Author, authors)]
        # A few prolific reporters, many occasional ones.
        self.author_cum = zipf_cum_weights(len(self.authors), 0.8)

        people = [
            {"name": name, "slug": f"gen-tokoh-{slugify(name)}", "role": rng.choice(ROLES)}
            for name in sorted(set(names))[400:700]
        ]
        self.people = [(p.pk, p.name, p.role) for p in self._ensure(Person, people)]
        self.person_cum = zipf_cum_weights(len(self.people), 1.0)

        # Rank 1 is the biggest topic: a handful of national topics, then a
        # long tail of "<theme> <city>" local ones.
        topic_names = HEAD_TOPICS + [f"{theme} {place}" for theme in THEMES for place in PLACES]
        existing_keys = set(
            Topic.objects.filter(name_key__in=[name_key(name) for name in topic_names]).values_list(
                "name_key", flat=True
            )
        )
        Topic.objects.bulk_create(
            [
                Topic(name=name, slug=slugify(name))
                for name in topic_names
                if name_key(name) not in existing_keys
            ],
            ignore_conflicts=True,
        )
        by_key = {
            key: pk
            for key, pk in Topic.objects.filter(
                name_key__in=[name_key(name) for name in topic_names]
            ).values_list("name_key", "pk")
        }
        self.topics = [(by_key[name_key(n)], n) for n in topic_names if name_key(n) in by_key]
        self.topic_cum = zipf_cum_weights(len(self.topics), 1.1)

        # Paragraph pool: bodies are drawn from it so generation stays cheap.
        self.paragraphs = []
        for _ in range(600):
            words = {"t": rng.choice(THEMES).lower(), "p": rng.choice(PLACES)}
            sentences = [s.format(**words) for s in rng.sample(SENTENCES, rng.randint(2, 4))]
            self.paragraphs.append(" ".join(sentences))

    # One article -------------------------------------------------------------

    def _pick(self, cum, items):
        return items[bisect.bisect_left(cum, self.rng.random() * cum[-1])]

    def _pick_distinct(self, cum, items, k):
        chosen = []
        for _ in range(k * 3):
            item = self._pick(cum, items)
            if item not in chosen:
                chosen.append(item)
            if len(chosen) == k:
                break
        return chosen

    def _published_at(self):
        # More stories in recent years: density grows linearly with time.
        span = YEARS * 365 * 86400
        age = span * (1 - self.rng.random() ** 0.5)
        return self.now - timedelta(seconds=age + 60)

    def _status(self):
        roll = self.rng.random()
        for status, share in STATES:
            if roll < share:
                return status
            roll -= share
        return Article.Status.PUBLISHED

    def article(self, pk):
        """(article row dict, author ids, topic ids, quotes, related links)."""
        rng = self.rng
        topics = self._pick_distinct(self.topic_cum, self.topics, rng.choice((1, 1, 2, 2, 3, 4)))
        person_id, person, role = self._pick(self.person_cum, self.people)
        place = rng.choice(PLACES)
        headline = f"{person} {rng.choice(VERBS)} soal {topics[0][1]} di {place}"
        deck = f"{role} {person} berbicara tentang {topics[0][1]} di {place}."
        quote_count = rng.choice((0, 1, 1, 2, 3))
        quotes = [
            (
                rng.choice(QUOTES),
                person_id if n == 0 else None,
                person if n == 0 else f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                role if n == 0 else rng.choice(ROLES),
                f"{place}, {rng.choice(DAYS)} ({rng.randint(1, 28)}/{rng.randint(1, 12)})",
                n,
            )
            for n in range(quote_count)
        ]
        body = [f"<p><strong>{place}</strong> — {deck}</p>"]
        body += [f"<p>{text}</p>" for text in rng.sample(self.paragraphs, rng.randint(4, 7))]
        if quotes:
            body.insert(2, f"<blockquote><p>“{quotes[0][0]}”</p></blockquote>")
        if rng.random() < 0.3:
            body.insert(3, f"<h2>{topics[0][1]}</h2>")
        status = self._status()
        published_at = self._published_at()
        reason = ""
        if status == "scheduled":
            status = Article.Status.PUBLISHED
            published_at = self.now + timedelta(hours=rng.randint(1, 72))
        elif status in (Article.Status.DRAFT, Article.Status.IN_REVIEW):
            published_at = None
        elif status == Article.Status.RETRACTED:
            reason = "Artikel ditarik karena tidak memenuhi kaidah verifikasi."
        row = {
            "id": pk,
            "headline": headline[:200],
            "slug": f"{slugify(headline)[:180]}-{pk}",
            "deck": deck[:300],
            "dateline": place,
            "section_id": self._pick(self.section_cum, self.sections),
            "body": "".join(body),
            "summary": deck,
            "status": str(status),
            "published_at": published_at,
            "created_at": published_at or self.now,
            "updated_at": published_at or self.now,
            "retraction_reason": reason,
            "retracted_at": self.now if reason else None,
        }
        authors = self._pick_distinct(self.author_cum, self.authors, rng.choice((1, 1, 1, 2)))
        return row, authors, [pk for pk, _name in topics], quotes

    def related(self, pk, earlier):
        """0–3 related links: earlier stories of ours, sometimes an external page."""
        rng = self.rng
        if rng.random() > 0.3 or not earlier:
            return []
        links = []
        for position in range(rng.randint(1, 3)):
            if rng.random() < 0.2:
                url, title = rng.choice(EXTERNAL)
                links.append((None, url, title, position))
            else:
                target = earlier[rng.randrange(len(earlier))]
                if target != pk and all(link[0] != target for link in links):
                    links.append((target, "", "", position))
        return links

    # Writing ------------------------------------------------------------------

    def _reserve_ids(self, count):
        if self.postgres:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence('articles_article', 'id')) "
                    "FROM generate_series(1, %s)",
                    [count],
                )
                return [row[0] for row in cursor.fetchall()]
        start = (Article.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
        return list(range(start, start + count))

    def run(self, count: int, batch: int = BATCH) -> dict:
        started = time.monotonic()
        self.reference_data()
        # Internal related links point at stories written before this one.
        earlier = list(Article.objects.order_by("-pk").values_list("pk", flat=True)[:10000])
        done = 0
        totals = dict.fromkeys(("articles", "bylines", "topics", "quotes", "links"), 0)
        while done < count:
            size = min(batch, count - done)
            ids = self._reserve_ids(size)
            articles, bylines, tags, quotes, links = [], [], [], [], []
            for pk in ids:
                row, authors, topics, article_quotes = self.article(pk)
                articles.append(row)
                bylines += [(pk, author, position) for position, author in enumerate(authors)]
                tags += [(pk, topic) for topic in topics]
                quotes += [(pk, *quote) for quote in article_quotes]
                links += [(pk, *link) for link in self.related(pk, earlier)]
                earlier.append(pk)
            with transaction.atomic():
                (self._copy if self.postgres else self._bulk)(
                    articles, bylines, tags, quotes, links
                )
            done += size
            for key, rows in zip(totals, (articles, bylines, tags, quotes, links), strict=True):
                totals[key] += len(rows)
            if len(earlier) > 50000:
                earlier = earlier[-10000:]
            self.out(f"{done}/{count} articles, {time.monotonic() - started:.0f}s")
        totals["seconds"] = round(time.monotonic() - started, 1)
        return totals

    ARTICLE_COLUMNS = [
        "id", "headline", "slug", "deck", "dateline", "section_id", "body", "summary",
        "status", "published_at", "created_at", "updated_at", "retraction_reason",
        "retracted_at", "version", "lead_image_caption",
    ]  # fmt: skip

    def _copy(self, articles, bylines, tags, quotes, links):
        def copy(table, columns, rows):
            with connection.cursor() as cursor:
                sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
                with cursor.copy(sql) as pipe:
                    for row in rows:
                        pipe.write_row(row)

        columns = self.ARTICLE_COLUMNS
        copy(
            "articles_article",
            columns,
            ([row.get(c, 1 if c == "version" else "") for c in columns] for row in articles),
        )
        copy("articles_articleauthor", ["article_id", "author_id", "position"], bylines)
        copy("articles_taggedtopic", ["content_object_id", "tag_id"], tags)
        copy(
            "articles_quote",
            [
                "article_id",
                "text",
                "person_id",
                "speaker",
                "speaker_role",
                "context",
                "position",
                "is_pull_quote",
            ],  # fmt: skip
            ((*quote, False) for quote in quotes),
        )
        copy("articles_relatedlink", ["article_id", "target_id", "url", "title", "position"], links)

    def _bulk(self, articles, bylines, tags, quotes, links):
        Article.objects.bulk_create([Article(**row) for row in articles])
        ArticleAuthor.objects.bulk_create(
            [ArticleAuthor(article_id=a, author_id=b, position=p) for a, b, p in bylines]
        )
        TaggedTopic.objects.bulk_create(
            [TaggedTopic(content_object_id=a, tag_id=t) for a, t in tags]
        )
        Quote.objects.bulk_create(
            [
                Quote(
                    article_id=a,
                    text=text,
                    person_id=person,
                    speaker=speaker,
                    speaker_role=role,
                    context=context,
                    position=position,
                )
                for a, text, person, speaker, role, context, position in quotes
            ]
        )
        RelatedLink.objects.bulk_create(
            [
                RelatedLink(article_id=a, target_id=t, url=u, title=ti, position=p)
                for a, t, u, ti, p in links
            ]
        )


def generate(count: int, *, seed: int = 0, out=None) -> dict:
    return Generator(seed=seed, out=out).run(count)
