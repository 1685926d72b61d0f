"""Quote suggestions: real-world-shaped sentences written for these tests."""

import pytest

from articles.attribution import Suggestion, suggest

POSITIVE = [
    ('"Kami ingin warga merasakan manfaatnya sejak pekan pertama," kata Ratna Wulandari, Kepala Dinas Perhubungan, Jakarta, Kamis (19/6).',
     Suggestion("Kami ingin warga merasakan manfaatnya sejak pekan pertama", "Ratna Wulandari", "Kepala Dinas Perhubungan", "Jakarta, Kamis (19/6)")),
    ("“Stok beras aman sampai akhir tahun,” ujar Hendra Gunawan.",
     Suggestion("Stok beras aman sampai akhir tahun", "Hendra Gunawan", "", "")),
    ('"Kami belum menerima laporan resmi," ungkap Yulia Pratiwi, juru bicara kepolisian.',
     Suggestion("Kami belum menerima laporan resmi", "Yulia Pratiwi", "juru bicara kepolisian", "")),
    ('"Semua sekolah wajib menyiapkan jalur evakuasi," jelas Agus Salim di Padang, Senin (3/3).',
     Suggestion("Semua sekolah wajib menyiapkan jalur evakuasi", "Agus Salim", "", "Padang, Senin (3/3)")),
    ('"Pelatihan ini terbuka untuk semua nelayan," tutur Maria Goreti.',
     Suggestion("Pelatihan ini terbuka untuk semua nelayan", "Maria Goreti", "", "")),
    ('"Tidak ada toleransi bagi pelaku pungli," tegas Gubernur Rahmat Hidayat.',
     Suggestion("Tidak ada toleransi bagi pelaku pungli", "Rahmat Hidayat", "Gubernur", "")),
    ('Menurut Siti Aminah, "produksi gabah naik tujuh persen dibanding tahun lalu".',
     Suggestion("produksi gabah naik tujuh persen dibanding tahun lalu", "Siti Aminah", "", "")),
    ('Wali Kota Joko Susilo mengatakan, "Jalan itu akan selesai bulan depan."',
     Suggestion("Jalan itu akan selesai bulan depan", "Joko Susilo", "Wali Kota", "")),
    ('"We expect the talks to continue next week," said Maria Santos.',
     Suggestion("We expect the talks to continue next week", "Maria Santos", "", "")),
    ('"The bridge is safe for heavy vehicles," Peter Tan said on Monday.',
     Suggestion("The bridge is safe for heavy vehicles", "Peter Tan", "", "")),
    ('"Pasokan aman sampai Lebaran," tegas Menteri Pertanian Andi Pratama di Bogor, Senin (3/3).',
     Suggestion("Pasokan aman sampai Lebaran", "Andi Pratama", "Menteri Pertanian", "Bogor, Senin (3/3)")),
]  # fmt: skip

NEGATIVE = [
    'Warga menyebut jalan itu sebagai "jalan tikus" karena sempit.',
    'Kata kunci "banjir" paling banyak dicari pekan ini.',
    'Film "Laskar Pelangi" kembali diputar di bioskop kota.',
    'Program "Kampung Siaga Bencana" diluncurkan tahun lalu.',
    "Ia mengatakan bahwa harga cabai akan turun pekan depan.",
    "Menurut data BPS, inflasi bulan lalu 2,1 persen.",
    '"Ini bukan sekadar angka," katanya.',  # nobody said anything before
    'Ia mengatakan, "kami akan mengecek ulang data itu."',  # a pronoun is not a speaker
    "Dia berkata bahwa semua baik-baik saja.",
    'Judul lagu "Indonesia Pusaka" dinyanyikan bersama.',
]


@pytest.mark.parametrize("sentence, expected", POSITIVE, ids=[e.speaker for _, e in POSITIVE])
def test_it_finds_attributed_quotes(sentence, expected):
    assert suggest(f"<p>{sentence}</p>") == [expected]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_it_ignores_what_is_not_an_attributed_quote(sentence):
    assert suggest(f"<p>{sentence}</p>") == []


def test_katanya_refers_to_the_previous_speaker():
    html = (
        '<p>"Tarif tidak akan naik tahun ini," ujar Budi Santoso.</p>'
        "<p>Ia menambahkan bahwa subsidi tetap berjalan.</p>"
        '<p>"Kami sudah menghitungnya dengan cermat," katanya.</p>'
    )

    assert [(s.text, s.speaker) for s in suggest(html)] == [
        ("Tarif tidak akan naik tahun ini", "Budi Santoso"),
        ("Kami sudah menghitungnya dengan cermat", "Budi Santoso"),
    ]


def test_precision_and_recall_on_the_whole_set():
    found = sum(bool(suggest(f"<p>{s}</p>")) for s, _ in POSITIVE)
    false = sum(bool(suggest(f"<p>{s}</p>")) for s in NEGATIVE)

    assert found == len(POSITIVE) and false == 0
