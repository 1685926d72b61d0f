"""Demo content for the newsroom CMS.

Pure data, no imports: plain Python literals consumed by the demo loader.
All text is original, fictional news written in Indonesian. Every quoted
speaker and every author is an invented person; institutions are generic.

Conventions:

* ``hours_ago`` means "published this many hours before the demo is loaded".
* ``hours_ahead`` (used once) schedules an embargoed story in the future.
* ``status`` is "published" or "draft".
* Quote rows repeat statements that also appear verbatim in the body.
* ``related`` entries are either ``{"article": slug}`` (internal) or
  ``{"url": ..., "title": ...}`` (external, example.org only).
* ``next`` is an optional editor override for the "read next" link.
"""

# Site sections, in navigation order.
SECTIONS = [
    {"name": "Nasional", "slug": "nasional", "position": 1},
    {"name": "Ekonomi", "slug": "ekonomi", "position": 2},
    {"name": "Internasional", "slug": "internasional", "position": 3},
    {"name": "Olahraga", "slug": "olahraga", "position": 4},
    {"name": "Teknologi", "slug": "teknologi", "position": 5},
]

# Fictional newsroom staff. Order of slugs in an article's
# ``authors`` list is the byline order.
AUTHORS = [
    {
        "name": "Sekar Ayuningtyas",
        "slug": "sekar-ayuningtyas",
        "role": "Redaktur",
        "bio": (
            "Sekar Ayuningtyas menyunting liputan nasional dan kebijakan publik. Sebelumnya ia "
            "meliput isu perkotaan dan transportasi selama delapan tahun."
        ),
    },
    {
        "name": "Dimas Arya Pranata",
        "slug": "dimas-arya-pranata",
        "role": "Wartawan",
        "bio": (
            "Dimas Arya Pranata meliput isu ekonomi, pangan, dan koperasi. Ia kerap menulis "
            "langsung dari sentra produksi di kawasan timur Indonesia."
        ),
    },
    {
        "name": "Yohanes Halomoan",
        "slug": "yohanes-halomoan",
        "role": "Koresponden",
        "bio": (
            "Yohanes Halomoan adalah koresponden kawasan Asia Tenggara yang berbasis di Kuala "
            "Lumpur. Ia menaruh perhatian pada diplomasi regional dan lingkungan."
        ),
    },
    {
        "name": "Nadia Rahmasari",
        "slug": "nadia-rahmasari",
        "role": "Wartawan",
        "bio": (
            "Nadia Rahmasari menulis tentang teknologi, kesehatan, dan pendidikan. Ia tertarik "
            "pada dampak teknologi bagi layanan publik di daerah."
        ),
    },
    {
        "name": "Fajar Mahendra Wiratama",
        "slug": "fajar-mahendra-wiratama",
        "role": "Wartawan",
        "bio": (
            "Fajar Mahendra Wiratama meliput olahraga prestasi dan pembinaan atlet muda. Ia telah "
            "mengikuti kompetisi junior di berbagai negara Asia Tenggara."
        ),
    },
]

# Tags; every topic is used by at least two published articles.
TOPICS = [
    {
        "name": "Transportasi Publik",
        "slug": "transportasi-publik",
        "description": "Layanan bus, kereta, kapal, dan angkutan umum lain bagi warga.",
    },
    {
        "name": "Energi Terbarukan",
        "slug": "energi-terbarukan",
        "description": "Pemanfaatan tenaga surya, angin, air, dan sumber energi bersih lainnya.",
    },
    {
        "name": "Infrastruktur",
        "slug": "infrastruktur",
        "description": (
            "Pembangunan dan perawatan jalan, tanggul, halte, stadion, dan fasilitas umum."
        ),
    },
    {
        "name": "Perubahan Iklim",
        "slug": "perubahan-iklim",
        "description": "Dampak cuaca ekstrem dan pemanasan global serta upaya adaptasinya.",
    },
    {
        "name": "Perikanan",
        "slug": "perikanan",
        "description": "Kehidupan nelayan, hasil tangkapan, dan usaha perikanan rakyat.",
    },
    {
        "name": "Pendidikan",
        "slug": "pendidikan",
        "description": "Sekolah, guru, pelajar, dan kebijakan pendidikan di seluruh daerah.",
    },
    {
        "name": "Kecerdasan Buatan",
        "slug": "kecerdasan-buatan",
        "description": (
            "Penerapan kecerdasan buatan dalam layanan publik dan kehidupan sehari-hari."
        ),
    },
    {
        "name": "UMKM",
        "slug": "umkm",
        "description": (
            "Usaha mikro, kecil, dan menengah serta koperasi yang menopang ekonomi rakyat."
        ),
    },
    {
        "name": "Pangan",
        "slug": "pangan",
        "description": "Produksi, distribusi, dan ketersediaan bahan pangan bagi masyarakat.",
    },
    {
        "name": "Inflasi",
        "slug": "inflasi",
        "description": "Pergerakan harga barang dan jasa serta dampaknya bagi daya beli.",
    },
    {
        "name": "ASEAN",
        "slug": "asean",
        "description": "Kerja sama dan dinamika antarnegara di kawasan Asia Tenggara.",
    },
    {
        "name": "Kesehatan",
        "slug": "kesehatan",
        "description": "Layanan kesehatan, rumah sakit, puskesmas, dan kesehatan masyarakat.",
    },
    {
        "name": "Keamanan Siber",
        "slug": "keamanan-siber",
        "description": (
            "Perlindungan data, penipuan digital, dan serangan terhadap sistem informasi."
        ),
    },
    {
        "name": "Pembinaan Atlet",
        "slug": "pembinaan-atlet",
        "description": "Kompetisi, pelatihan, dan pengembangan atlet muda berprestasi.",
    },
]

# Exactly 14 articles: 12 live, 1 embargoed (scheduled), 1 draft.
ARTICLES = [
    # 01. Nasional
    {
        "slug": "dishub-uji-coba-bus-listrik-rute-stasiun-ke-pasar",
        "headline": "Dishub Uji Coba Bus Listrik Rute Stasiun ke Pasar Tradisional",
        "deck": (
            "Selama tiga bulan uji coba, penumpang tidak dipungut tarif dan bus berangkat setiap "
            "15 menit pada jam sibuk pagi dan sore."
        ),
        "dateline": "Jakarta",
        "section": "nasional",
        "authors": ["sekar-ayuningtyas", "nadia-rahmasari"],
        "summary": (
            "Dinas Perhubungan mulai menguji bus listrik pada rute baru yang menghubungkan stasiun "
            "kereta dengan dua pasar tradisional. Uji coba gratis selama tiga bulan itu menjadi "
            "dasar penetapan rute permanen."
        ),
        "body": (
            "<p>Dinas Perhubungan mulai mengoperasikan uji coba bus listrik pada rute baru yang "
            "menghubungkan stasiun kereta komuter dengan dua pasar tradisional di Jakarta Timur, "
            "Kamis (19/6). Sebanyak delapan bus berkapasitas 30 penumpang dikerahkan untuk "
            "melayani rute sepanjang 11 kilometer tersebut.</p><p>Selama masa uji coba tiga bulan, "
            "penumpang tidak dipungut tarif. Bus berangkat setiap 15 menit pada jam sibuk pagi dan "
            "sore, serta setiap 25 menit di luar jam sibuk. Pengelola menyiapkan 14 halte, "
            'sebagian di antaranya halte lama yang diperbaiki.</p><p>"Kami ingin warga merasakan '
            "manfaatnya sejak pekan pertama, terutama pedagang yang setiap pagi membawa barang "
            'dari stasiun ke pasar," kata Hendra Kusumanegara, Kepala Bidang Angkutan Jalan Dinas '
            "Perhubungan, di Jakarta, Kamis (19/6).</p><p>Menurut Hendra, rute tersebut dipilih "
            "berdasarkan survei asal-tujuan perjalanan yang dilakukan awal tahun. Survei "
            "menunjukkan sekitar 6.000 perjalanan harian di koridor itu masih mengandalkan ojek "
            "dan angkutan kota yang jadwalnya tidak menentu.</p><h2>Pengisian daya di "
            "depo</h2><p>Bus diisi ulang di depo pada malam hari dan mendapat pengisian singkat di "
            "terminal ujung rute pada siang hari. Satu bus mampu menempuh sekitar 200 kilometer "
            "dengan sekali pengisian penuh. Sebagian kebutuhan listrik depo dipasok panel surya di "
            "atap bangunan.</p><p>Lestari Handayani, pedagang sayur di salah satu pasar yang "
            'dilalui rute itu, menyambut baik uji coba tersebut. "Biasanya saya keluar Rp 40.000 '
            'sehari untuk ojek. Kalau bus ini tetap ada, uangnya bisa untuk tambah modal," '
            "tuturnya.</p><p>Hasil evaluasi uji coba, termasuk jumlah penumpang dan waktu tempuh, "
            "akan diumumkan pada akhir September. Jika target rata-rata 4.000 penumpang per hari "
            "tercapai, rute tersebut akan ditetapkan sebagai layanan permanen dengan tarif "
            "terintegrasi.</p>"
        ),
        "topics": ["Transportasi Publik", "Energi Terbarukan", "Infrastruktur"],
        "hours_ago": 3,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Kami ingin warga merasakan manfaatnya sejak pekan pertama, terutama pedagang "
                    "yang setiap pagi membawa barang dari stasiun ke pasar"
                ),
                "speaker": "Hendra Kusumanegara",
                "speaker_role": "Kepala Bidang Angkutan Jalan Dinas Perhubungan",
                "context": "Jakarta, Kamis (19/6)",
                "is_pull_quote": True,
            },
            {
                "text": (
                    "Biasanya saya keluar Rp 40.000 sehari untuk ojek. Kalau bus ini tetap ada, "
                    "uangnya bisa untuk tambah modal"
                ),
                "speaker": "Lestari Handayani",
                "speaker_role": "Pedagang sayur",
                "context": "Jakarta, Kamis (19/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            {"article": "filipina-uji-coba-kapal-feri-bertenaga-surya-antarpulau"},
            {
                "url": "https://example.org/transportasi/peta-rute-bus-listrik",
                "title": "Peta rute dan jadwal uji coba bus listrik",
            },
        ],
        "next": "filipina-uji-coba-kapal-feri-bertenaga-surya-antarpulau",
    },
    # 02. Nasional
    {
        "slug": "badan-meteorologi-peringatkan-banjir-rob-pesisir-utara-jawa",
        "headline": "Badan Meteorologi Peringatkan Potensi Banjir Rob di Pesisir Utara Jawa",
        "deck": (
            "Pasang maksimum air laut diperkirakan terjadi hingga akhir pekan depan; nelayan "
            "diminta menunda melaut saat gelombang tinggi."
        ),
        "dateline": "Semarang",
        "section": "nasional",
        "authors": ["sekar-ayuningtyas"],
        "summary": (
            "Badan Meteorologi memperkirakan banjir rob berpotensi menggenangi permukiman pesisir "
            "utara Jawa hingga akhir pekan depan. Warga dan nelayan diminta memantau jadwal pasang "
            "harian."
        ),
        "body": (
            "<p>Badan Meteorologi memperingatkan potensi banjir rob di sejumlah wilayah pesisir "
            "utara Jawa seiring fase bulan purnama yang bertepatan dengan pasang maksimum air "
            "laut. Genangan diperkirakan terjadi setiap sore hingga malam hari sampai akhir pekan "
            "depan.</p><p>Ketinggian pasang di beberapa titik dapat mencapai 20 hingga 40 "
            "sentimeter di atas rata-rata. Kawasan pelabuhan, tambak, dan permukiman yang berada "
            'di bawah permukaan laut menjadi wilayah yang paling rentan.</p><p>"Pasang kali ini '
            "lebih tinggi daripada periode yang sama tahun lalu karena dipengaruhi angin kencang "
            'dari arah timur laut," ujar Aditya Prabaswara, Kepala Stasiun Meteorologi Maritim, di '
            "Semarang, Rabu (18/6).</p><p>Aditya menambahkan, penurunan muka tanah di sejumlah "
            "kota pesisir memperparah dampak rob. Ia meminta pemerintah daerah menyiapkan pompa "
            "air dan memeriksa kondisi tanggul sebelum puncak pasang.</p><p>Di kampung nelayan di "
            "pesisir Semarang, sebagian warga sudah meninggikan lantai rumah dan memindahkan "
            "barang ke tempat yang lebih tinggi. Perahu ditambatkan lebih jauh dari dermaga untuk "
            'menghindari benturan saat air naik.</p><p>"Kalau rob datang bersamaan dengan '
            "gelombang tinggi, kami memilih tidak melaut. Pendapatan memang berkurang, tetapi "
            'keselamatan lebih penting," ungkap Sutarjo Wibisono, Ketua Kelompok Nelayan Bahari, '
            "Rabu (18/6).</p><p>Badan Meteorologi menyediakan prakiraan pasang harian yang dapat "
            "diakses melalui kanal resmi dan pesan singkat. Warga diimbau memperhatikan peringatan "
            "dini, terutama pada pukul 16.00 hingga 21.00.</p>"
        ),
        "topics": ["Perubahan Iklim", "Perikanan", "Infrastruktur"],
        "hours_ago": 20,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Pasang kali ini lebih tinggi daripada periode yang sama tahun lalu karena "
                    "dipengaruhi angin kencang dari arah timur laut"
                ),
                "speaker": "Aditya Prabaswara",
                "speaker_role": "Kepala Stasiun Meteorologi Maritim",
                "context": "Semarang, Rabu (18/6)",
                "is_pull_quote": False,
            },
            {
                "text": (
                    "Kalau rob datang bersamaan dengan gelombang tinggi, kami memilih tidak "
                    "melaut. Pendapatan memang berkurang, tetapi keselamatan lebih penting"
                ),
                "speaker": "Sutarjo Wibisono",
                "speaker_role": "Ketua Kelompok Nelayan Bahari",
                "context": "Semarang, Rabu (18/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            {"article": "asean-sepakati-kerja-sama-tangani-asap-lintas-batas"},
            {
                "url": "https://example.org/cuaca/jadwal-pasang-harian-pesisir-utara",
                "title": "Jadwal pasang harian wilayah pesisir utara Jawa",
            },
        ],
        "next": None,
    },
    # 03. Nasional
    {
        "slug": "guru-kupang-manfaatkan-kecerdasan-buatan-susun-materi-ajar",
        "headline": "Guru di Kupang Manfaatkan Kecerdasan Buatan untuk Susun Materi Ajar",
        "deck": (
            "Pelatihan yang diikuti 120 guru menekankan bahwa teknologi hanya alat bantu; "
            "penilaian dan pendampingan siswa tetap dilakukan guru."
        ),
        "dateline": "Kupang",
        "section": "nasional",
        "authors": ["nadia-rahmasari"],
        "summary": (
            "Sebanyak 120 guru di Kupang mengikuti pelatihan pemanfaatan kecerdasan buatan untuk "
            "menyusun materi ajar. Pakar pendidikan mengingatkan pentingnya memeriksa ulang setiap "
            "hasil buatan mesin."
        ),
        "body": (
            "<p>Sebanyak 120 guru sekolah dasar dan menengah di Kupang, Nusa Tenggara Timur, "
            "mengikuti pelatihan pemanfaatan kecerdasan buatan untuk menyusun materi ajar dan soal "
            "latihan. Pelatihan selama tiga hari itu digelar dinas pendidikan setempat bersama "
            "sebuah perguruan tinggi.</p><p>Para peserta belajar menyusun perintah yang jelas, "
            "membandingkan beberapa jawaban, dan memeriksa fakta sebelum materi dibagikan kepada "
            "siswa. Mereka juga berlatih menyesuaikan contoh soal dengan konteks lokal, seperti "
            'hasil panen, pasar, dan kehidupan di daerah pesisir.</p><p>"Dulu saya butuh satu '
            "malam untuk membuat dua puluh soal cerita. Sekarang satu jam cukup, tetapi saya tetap "
            'membaca ulang semuanya," kata Maria Yosefina Bria, guru matematika di sebuah SMP '
            "negeri, di Kupang, Selasa (17/6).</p><p>Maria mengaku sempat menemukan soal yang "
            "angkanya keliru dan istilah yang tidak dikenal siswanya. Karena itu, ia menganggap "
            "pemeriksaan oleh guru tetap menjadi bagian yang tidak bisa dilewati.</p><p>Dalam "
            "kesempatan yang sama, dosen pendidikan Fransiskus Leto Amaral mengingatkan bahwa "
            "kecerdasan buatan tidak boleh menggantikan peran guru dalam menilai dan mendampingi "
            "siswa. Ia juga meminta sekolah menyusun aturan tentang data siswa yang boleh dan "
            'tidak boleh dimasukkan ke layanan daring.</p><p>"Teknologi ini membantu guru '
            "menghemat waktu persiapan. Namun, memahami kesulitan setiap anak adalah pekerjaan "
            'yang tetap harus dilakukan manusia," tegas Fransiskus.</p><p>Dinas pendidikan '
            "setempat berencana memperluas pelatihan serupa ke kabupaten lain di Nusa Tenggara "
            "Timur pada semester depan, dengan prioritas sekolah yang sudah memiliki akses "
            "internet stabil.</p>"
        ),
        "topics": ["Pendidikan", "Kecerdasan Buatan"],
        "hours_ago": 48,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Dulu saya butuh satu malam untuk membuat dua puluh soal cerita. Sekarang satu "
                    "jam cukup, tetapi saya tetap membaca ulang semuanya"
                ),
                "speaker": "Maria Yosefina Bria",
                "speaker_role": "Guru matematika SMP negeri",
                "context": "Kupang, Selasa (17/6)",
                "is_pull_quote": False,
            },
            {
                "text": (
                    "Teknologi ini membantu guru menghemat waktu persiapan. Namun, memahami "
                    "kesulitan setiap anak adalah pekerjaan yang tetap harus dilakukan manusia"
                ),
                "speaker": "Fransiskus Leto Amaral",
                "speaker_role": "Dosen pendidikan",
                "context": "Kupang, Selasa (17/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            {"article": "rumah-sakit-surabaya-gunakan-kecerdasan-buatan-baca-rontgen"},
        ],
        "next": None,
    },
    # 04. Ekonomi
    {
        "slug": "koperasi-nelayan-buka-gudang-pendingin-harga-ikan-naik",
        "headline": (
            "Koperasi Nelayan Sejahtera Buka Gudang Pendingin, Harga Ikan di Tingkat Nelayan Naik"
        ),
        "deck": (
            "Gudang berkapasitas 50 ton memungkinkan nelayan menyimpan hasil tangkapan dan tidak "
            "lagi terpaksa menjual murah saat ikan melimpah."
        ),
        "dateline": "Makassar",
        "section": "ekonomi",
        "authors": ["dimas-arya-pranata"],
        "summary": (
            "Koperasi Nelayan Sejahtera di Makassar mengoperasikan gudang pendingin berkapasitas "
            "50 ton. Harga ikan yang diterima nelayan anggota naik rata-rata 15 persen dalam "
            "sebulan pertama."
        ),
        "body": (
            "<p>Koperasi Nelayan Sejahtera di Makassar, Sulawesi Selatan, mulai mengoperasikan "
            "gudang pendingin berkapasitas 50 ton. Fasilitas itu memungkinkan sekitar 400 nelayan "
            "anggota menyimpan hasil tangkapan sebelum dijual, alih-alih melepasnya dengan harga "
            "rendah saat pasokan melimpah.</p><p>Selama ini nelayan kecil kerap terpaksa menjual "
            "ikan kepada pengepul pada hari yang sama karena tidak memiliki tempat penyimpanan. "
            "Saat musim tangkapan baik, harga ikan layang dan cakalang di dermaga bisa anjlok "
            'hingga separuh harga normal.</p><p>"Nelayan tidak lagi harus menjual ikan pada hari '
            'yang sama dengan harga berapa pun. Kami bisa menunggu harga yang lebih wajar," kata '
            "Andi Rahmat Daeng Sila, Ketua Koperasi Nelayan Sejahtera, di Makassar, Rabu "
            "(18/6).</p><p>Menurut catatan koperasi, harga rata-rata yang diterima anggota naik "
            "sekitar 15 persen dalam sebulan pertama operasi gudang. Koperasi memungut biaya "
            "penyimpanan Rp 500 per kilogram per hari untuk menutup biaya listrik dan perawatan "
            "mesin.</p><p>Gudang tersebut dibangun dengan dana gabungan dari simpanan anggota, "
            "pinjaman lunak bank daerah, dan hibah peralatan dari pemerintah provinsi. Koperasi "
            "juga mencatat setiap transaksi secara terbuka agar anggota dapat memantau arus "
            "kas.</p><p>Haerudin, nelayan yang sudah 20 tahun melaut dari pesisir Makassar, "
            'mengatakan penghasilannya kini lebih pasti. "Sekarang saya bisa menghitung berapa '
            'yang dibawa pulang. Dulu semuanya tergantung pengepul," ujarnya.</p><p>Ekonom daerah '
            "menilai langkah koperasi itu dapat membantu meredam gejolak harga ikan di pasar kota, "
            "yang turut memengaruhi inflasi pangan. Koperasi berencana menambah satu gudang lagi "
            "di kabupaten tetangga tahun depan.</p>"
        ),
        "topics": ["Perikanan", "UMKM", "Pangan", "Inflasi"],
        "hours_ago": 30,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Nelayan tidak lagi harus menjual ikan pada hari yang sama dengan harga berapa "
                    "pun. Kami bisa menunggu harga yang lebih wajar"
                ),
                "speaker": "Andi Rahmat Daeng Sila",
                "speaker_role": "Ketua Koperasi Nelayan Sejahtera",
                "context": "Makassar, Rabu (18/6)",
                "is_pull_quote": True,
            },
            {
                "text": (
                    "Sekarang saya bisa menghitung berapa yang dibawa pulang. Dulu semuanya "
                    "tergantung pengepul"
                ),
                "speaker": "Haerudin",
                "speaker_role": "Nelayan",
                "context": "Makassar, Rabu (18/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            {"article": "harga-cabai-dan-bawang-turun-jelang-panen-raya"},
            {
                "url": "https://example.org/koperasi/panduan-mendirikan-koperasi-nelayan",
                "title": "Panduan mendirikan koperasi nelayan",
            },
        ],
        "next": "harga-cabai-dan-bawang-turun-jelang-panen-raya",
    },
    # 05. Ekonomi
    {
        "slug": "harga-cabai-dan-bawang-turun-jelang-panen-raya",
        "headline": (
            "Harga Cabai dan Bawang Turun Jelang Panen Raya, Inflasi Pangan Diperkirakan Melandai"
        ),
        "deck": (
            "Pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur meningkat sehingga harga "
            "di pasar induk turun hingga 20 persen dalam dua pekan."
        ),
        "dateline": "Jakarta",
        "section": "ekonomi",
        "authors": ["dimas-arya-pranata", "sekar-ayuningtyas"],
        "summary": (
            "Harga cabai rawit dan bawang merah di pasar induk turun hingga 20 persen dalam dua "
            "pekan terakhir menjelang panen raya. Ekonom memperkirakan inflasi pangan bulan ini "
            "lebih rendah daripada bulan lalu."
        ),
        "body": (
            "<p>Harga cabai rawit merah dan bawang merah di pasar induk Jakarta turun hingga 20 "
            "persen dalam dua pekan terakhir. Penurunan itu terjadi seiring meningkatnya pasokan "
            "dari sentra produksi di Jawa Tengah dan Jawa Timur yang memasuki masa panen "
            "raya.</p><p>Berdasarkan pantauan dinas perdagangan, harga cabai rawit merah di "
            "tingkat pedagang besar turun dari Rp 62.000 menjadi Rp 49.000 per kilogram. Adapun "
            "harga bawang merah turun dari Rp 41.000 menjadi Rp 34.000 per "
            'kilogram.</p><p>"Pasokan yang masuk ke pasar induk naik sekitar 30 persen '
            'dibandingkan awal bulan. Selama distribusi lancar, harga akan terus stabil," jelas '
            "Wahyu Cahyadi Nugroho, Kepala Bidang Distribusi Dinas Perdagangan, di Jakarta, Kamis "
            "(19/6).</p><p>Pedagang di pasar induk ikut merasakan perubahan itu. Siti Maemunah, "
            "pedagang bawang, mengatakan pembeli kembali berbelanja dalam jumlah besar setelah "
            'sempat menahan diri bulan lalu. "Yang beli sekarang pedagang warung dan rumah makan, '
            'jumlahnya sudah seperti biasa lagi," katanya.</p><p>Ekonom Wulan Prameswari '
            "memperkirakan inflasi kelompok pangan bergejolak pada bulan ini lebih rendah daripada "
            "bulan sebelumnya. Meski demikian, ia mengingatkan risiko kenaikan kembali ketika "
            "panen berakhir dan cuaca tidak menentu.</p><p>Menurut Wulan, yang dihubungi di "
            'Jakarta, Kamis (19/6), "Pemerintah daerah perlu memanfaatkan momentum panen untuk '
            "memperkuat cadangan dan memperbaiki rantai distribusi, bukan hanya menunggu harga "
            'turun dengan sendirinya."</p><p>Dinas perdagangan tetap menggelar operasi pasar di '
            "sejumlah kelurahan hingga akhir bulan untuk menjaga keterjangkauan harga bagi rumah "
            "tangga berpendapatan rendah.</p>"
        ),
        "topics": ["Inflasi", "Pangan"],
        "hours_ago": 8,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Pasokan yang masuk ke pasar induk naik sekitar 30 persen dibandingkan awal "
                    "bulan. Selama distribusi lancar, harga akan terus stabil"
                ),
                "speaker": "Wahyu Cahyadi Nugroho",
                "speaker_role": "Kepala Bidang Distribusi Dinas Perdagangan",
                "context": "Jakarta, Kamis (19/6)",
                "is_pull_quote": False,
            },
            {
                "text": (
                    "Yang beli sekarang pedagang warung dan rumah makan, jumlahnya sudah seperti "
                    "biasa lagi"
                ),
                "speaker": "Siti Maemunah",
                "speaker_role": "Pedagang bawang di pasar induk",
                "context": "Jakarta, Kamis (19/6)",
                "is_pull_quote": False,
            },
            {
                "text": (
                    "Pemerintah daerah perlu memanfaatkan momentum panen untuk memperkuat cadangan "
                    "dan memperbaiki rantai distribusi, bukan hanya menunggu harga turun dengan "
                    "sendirinya."
                ),
                "speaker": "Wulan Prameswari",
                "speaker_role": "Ekonom",
                "context": "Jakarta, Kamis (19/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            # Intentional: the next entry points to the embargoed (scheduled) article; the site must
            # hide it until it is published.
            {"article": "embargo-laporan-ketahanan-pangan-produksi-beras-naik"},
            {"article": "koperasi-nelayan-buka-gudang-pendingin-harga-ikan-naik"},
            {
                "url": "https://example.org/data/harga-pangan-harian",
                "title": "Data harga pangan harian di pasar induk",
            },
        ],
        "next": None,
    },
    # 06. Ekonomi (embargoed, scheduled one year ahead)
    {
        "slug": "embargo-laporan-ketahanan-pangan-produksi-beras-naik",
        "headline": (
            "EMBARGO: Laporan Tahunan Ketahanan Pangan Dirilis, Produksi Beras Naik 3,1 Persen"
        ),
        "deck": (
            "Laporan tahunan mencatat produksi beras naik dan harga pangan pokok lebih stabil, "
            "tetapi ketimpangan akses pangan antardaerah masih lebar."
        ),
        "dateline": "Jakarta",
        "section": "ekonomi",
        "authors": ["dimas-arya-pranata"],
        "summary": (
            "Laporan tahunan ketahanan pangan mencatat produksi beras naik 3,1 persen dan harga "
            "pangan pokok lebih stabil. Naskah ini disiapkan lebih awal dan terkena embargo hingga "
            "jadwal rilis resmi."
        ),
        "body": (
            "<p>Laporan tahunan ketahanan pangan yang dirilis Pusat Kajian Ketahanan Pangan, Jumat "
            "(19/6), mencatat produksi beras nasional naik 3,1 persen dibandingkan tahun "
            "sebelumnya. Kenaikan itu ditopang perluasan areal tanam dan perbaikan jaringan "
            "irigasi di sejumlah sentra produksi.</p><p>Laporan itu juga menunjukkan harga beras, "
            "minyak goreng, dan gula di tingkat konsumen bergerak lebih stabil. Rata-rata "
            "fluktuasi bulanan harga ketiga komoditas tersebut berada di bawah 2 persen sepanjang "
            'tahun.</p><p>"Produksi yang membaik belum otomatis berarti semua keluarga mudah '
            "mendapatkan pangan bergizi. Ketimpangan antardaerah masih menjadi pekerjaan rumah "
            'terbesar," kata Puspita Kirana Dewi, Kepala Pusat Kajian Ketahanan Pangan, di '
            "Jakarta, Jumat (19/6).</p><p>Laporan mencatat 38 kabupaten masih tergolong rentan "
            "rawan pangan, sebagian besar berada di wilayah kepulauan dengan biaya distribusi "
            "tinggi. Di daerah tersebut, harga beras bisa 30 persen lebih mahal dibandingkan "
            "rata-rata nasional.</p><p>Laporan tersebut merekomendasikan tiga langkah "
            "utama:</p><ul><li>memperkuat cadangan pangan di tingkat provinsi dan "
            "kabupaten;</li><li>menurunkan biaya angkut ke wilayah kepulauan melalui subsidi "
            "logistik yang tepat sasaran;</li><li>memperluas diversifikasi pangan lokal seperti "
            "jagung, sagu, dan umbi-umbian.</li></ul><p>Puspita menambahkan, data laporan dapat "
            "diakses publik dalam format terbuka sehingga pemerintah daerah dan peneliti dapat "
            'memakainya untuk merancang program. "Kami ingin angka ini dipakai, bukan hanya '
            'dibaca," ujarnya.</p><p><em>Catatan redaksi: naskah ini disiapkan sebelum rilis resmi '
            "dan terkena embargo. Angka akan dicocokkan dengan dokumen final sebelum "
            "terbit.</em></p>"
        ),
        "topics": ["Pangan", "Inflasi"],
        "hours_ahead": 8760,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Produksi yang membaik belum otomatis berarti semua keluarga mudah mendapatkan "
                    "pangan bergizi. Ketimpangan antardaerah masih menjadi pekerjaan rumah "
                    "terbesar"
                ),
                "speaker": "Puspita Kirana Dewi",
                "speaker_role": "Kepala Pusat Kajian Ketahanan Pangan",
                "context": "Jakarta, Jumat (19/6)",
                "is_pull_quote": False,
            },
            {
                "text": "Kami ingin angka ini dipakai, bukan hanya dibaca",
                "speaker": "Puspita Kirana Dewi",
                "speaker_role": "Kepala Pusat Kajian Ketahanan Pangan",
                "context": "Jakarta, Jumat (19/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            {"article": "harga-cabai-dan-bawang-turun-jelang-panen-raya"},
        ],
        "next": None,
    },
    # 07. Internasional
    {
        "slug": "asean-sepakati-kerja-sama-tangani-asap-lintas-batas",
        "headline": "Negara ASEAN Sepakati Kerangka Kerja Sama Tangani Asap Lintas Batas",
        "deck": (
            "Kesepakatan mencakup berbagi data titik panas setiap hari dan pembentukan tim tanggap "
            "darurat bersama sebelum puncak musim kemarau."
        ),
        "dateline": "Kuala Lumpur",
        "section": "internasional",
        "authors": ["yohanes-halomoan"],
        "summary": (
            "Negara-negara anggota ASEAN menyepakati kerangka kerja sama baru untuk menangani "
            "polusi asap lintas batas. Kerangka itu mewajibkan berbagi data titik panas setiap "
            "hari selama musim kemarau."
        ),
        "body": (
            "<p>Perwakilan negara-negara anggota ASEAN menyepakati kerangka kerja sama baru untuk "
            "menangani polusi asap lintas batas dalam pertemuan pejabat tinggi di Kuala Lumpur, "
            "Malaysia. Kesepakatan itu dicapai menjelang puncak musim kemarau yang diperkirakan "
            "berlangsung pada Agustus hingga Oktober.</p><p>Kerangka tersebut mewajibkan setiap "
            "negara membagikan data titik panas dan kualitas udara setiap hari melalui pusat data "
            "bersama. Negara anggota juga sepakat membentuk tim tanggap darurat yang dapat "
            'dikerahkan ke negara tetangga atas permintaan resmi.</p><p>"Asap tidak mengenal batas '
            "negara. Karena itu, data dan peralatan pemadaman juga harus bisa bergerak secepat "
            'asapnya," kata Reza Aditama Harahap, juru bicara delegasi Indonesia, di Kuala Lumpur, '
            "Senin (16/6).</p><p>Reza menjelaskan, Indonesia akan berbagi pengalaman pencegahan "
            "kebakaran berbasis masyarakat, termasuk patroli desa dan pembukaan lahan tanpa bakar. "
            "Sejumlah negara lain menawarkan bantuan pesawat pengebom air dan pelatihan "
            "petugas.</p><p>Peneliti kualitas udara dari sebuah universitas di Kuala Lumpur, Farah "
            "Aminuddin, menilai kesepakatan itu sebagai kemajuan, tetapi keberhasilannya "
            'bergantung pada pelaksanaan di lapangan. "Yang akan dinilai masyarakat adalah apakah '
            "langit lebih bersih pada musim kemarau nanti, bukan berapa dokumen yang "
            'ditandatangani," ungkapnya.</p><p>Kerangka kerja sama itu akan dibawa ke pertemuan '
            "tingkat menteri lingkungan hidup ASEAN untuk disahkan. Evaluasi pelaksanaannya "
            "direncanakan setiap akhir musim kemarau.</p>"
        ),
        "topics": ["ASEAN", "Perubahan Iklim"],
        "hours_ago": 72,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Asap tidak mengenal batas negara. Karena itu, data dan peralatan pemadaman "
                    "juga harus bisa bergerak secepat asapnya"
                ),
                "speaker": "Reza Aditama Harahap",
                "speaker_role": "Juru bicara delegasi Indonesia",
                "context": "Kuala Lumpur, Senin (16/6)",
                "is_pull_quote": False,
            },
            {
                "text": (
                    "Yang akan dinilai masyarakat adalah apakah langit lebih bersih pada musim "
                    "kemarau nanti, bukan berapa dokumen yang ditandatangani"
                ),
                "speaker": "Farah Aminuddin",
                "speaker_role": "Peneliti kualitas udara",
                "context": "Kuala Lumpur, Senin (16/6)",
                "is_pull_quote": True,
            },
        ],
        "related": [
            {"article": "badan-meteorologi-peringatkan-banjir-rob-pesisir-utara-jawa"},
            {
                "url": "https://example.org/lingkungan/peta-titik-panas-asia-tenggara",
                "title": "Peta titik panas kawasan Asia Tenggara",
            },
        ],
        "next": None,
    },
    # 08. Internasional
    {
        "slug": "filipina-uji-coba-kapal-feri-bertenaga-surya-antarpulau",
        "headline": "Filipina Uji Coba Kapal Feri Bertenaga Surya untuk Rute Antarpulau",
        "deck": (
            "Kapal berkapasitas 60 penumpang itu melayani rute pendek di Teluk Manila dan "
            "diharapkan memangkas biaya bahan bakar operator hingga separuh."
        ),
        "dateline": "Manila",
        "section": "internasional",
        "authors": ["yohanes-halomoan"],
        "summary": (
            "Sebuah operator feri di Filipina menguji kapal bertenaga surya untuk rute antarpulau "
            "jarak pendek. Pengamat menilai model serupa layak dicoba di perairan Indonesia."
        ),
        "body": (
            "<p>Sebuah operator feri swasta di Filipina mulai menguji kapal bertenaga surya untuk "
            "melayani rute antarpulau jarak pendek di kawasan Teluk Manila. Kapal berkapasitas 60 "
            "penumpang itu menempuh rute sepanjang 18 kilometer dua kali sehari.</p><p>Atap kapal "
            "dilapisi panel surya yang mengisi baterai selama berlayar dan saat bersandar. Mesin "
            "diesel cadangan tetap dipasang untuk kondisi darurat atau cuaca mendung "
            'berkepanjangan.</p><p>"Dalam dua bulan pertama, kebutuhan bahan bakar kami turun '
            'hampir separuh. Penumpang juga senang karena kapal lebih senyap," kata Maria Cristina '
            "Dela Paz, manajer proyek operator feri tersebut, di Manila, Sabtu "
            "(14/6).</p><p>Menurut Dela Paz, tantangan terbesar adalah biaya awal baterai yang "
            "masih tinggi serta terbatasnya teknisi yang memahami sistem kelistrikan kapal. "
            "Operator itu bekerja sama dengan politeknik setempat untuk melatih awak "
            "kapal.</p><p>Pengamat transportasi maritim Tri Handoko Setiawan menilai uji coba itu "
            'relevan bagi Indonesia yang memiliki ratusan rute penyeberangan pendek. "Banyak rute '
            "di perairan tenang yang jaraknya di bawah 20 kilometer. Itu kondisi yang cocok untuk "
            'kapal listrik," tuturnya saat dihubungi dari Jakarta, Sabtu (14/6).</p><p>Ia '
            "menambahkan, pemerintah perlu menyiapkan standar keselamatan baterai kapal dan "
            "fasilitas pengisian daya di pelabuhan sebelum teknologi itu diadopsi secara luas.</p>"
        ),
        "topics": ["ASEAN", "Energi Terbarukan", "Transportasi Publik"],
        "hours_ago": 120,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Dalam dua bulan pertama, kebutuhan bahan bakar kami turun hampir separuh. "
                    "Penumpang juga senang karena kapal lebih senyap"
                ),
                "speaker": "Maria Cristina Dela Paz",
                "speaker_role": "Manajer proyek operator feri",
                "context": "Manila, Sabtu (14/6)",
                "is_pull_quote": False,
            },
            {
                "text": (
                    "Banyak rute di perairan tenang yang jaraknya di bawah 20 kilometer. Itu "
                    "kondisi yang cocok untuk kapal listrik"
                ),
                "speaker": "Tri Handoko Setiawan",
                "speaker_role": "Pengamat transportasi maritim",
                "context": "Jakarta, Sabtu (14/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            {"article": "dishub-uji-coba-bus-listrik-rute-stasiun-ke-pasar"},
        ],
        "next": None,
    },
    # 09. Olahraga
    {
        "slug": "bulu-tangkis-junior-indonesia-lolos-ke-final-asia-tenggara",
        "headline": "Tim Bulu Tangkis Junior Indonesia Lolos ke Final Kejuaraan Asia Tenggara",
        "deck": (
            "Kemenangan 3-1 atas tuan rumah Vietnam di semifinal ditentukan pasangan ganda putri "
            "yang bangkit setelah kehilangan gim pertama."
        ),
        "dateline": "Hanoi",
        "section": "olahraga",
        "authors": ["fajar-mahendra-wiratama"],
        "summary": (
            "Tim bulu tangkis junior Indonesia menaklukkan tuan rumah Vietnam 3-1 di semifinal "
            "kejuaraan beregu Asia Tenggara. Di final, Indonesia menghadapi pemenang laga Malaysia "
            "kontra Thailand."
        ),
        "body": (
            "<p>Tim bulu tangkis junior Indonesia melaju ke final kejuaraan beregu campuran Asia "
            "Tenggara setelah mengalahkan tuan rumah Vietnam 3-1 di Hanoi, Kamis (19/6). Di final, "
            "Indonesia akan menghadapi pemenang laga antara Malaysia dan Thailand.</p><p>Tunggal "
            "putra Galang Pradipta membuka keunggulan dengan kemenangan dua gim langsung, 21-15, "
            "21-18. Vietnam menyamakan kedudukan lewat tunggal putri sebelum ganda putra Indonesia "
            "kembali membawa tim unggul 2-1.</p><p>Kemenangan dipastikan di partai ganda putri. "
            "Pasangan Aulia Rahmadani/Kirana Paramitha sempat kehilangan gim pertama 17-21 sebelum "
            'bangkit dan menang 21-16, 21-19.</p><p>"Setelah gim pertama, kami sepakat untuk lebih '
            "sabar dan tidak terburu-buru menyerang. Ternyata itu yang membuat lawan mulai banyak "
            'melakukan kesalahan," kata Kirana Paramitha seusai pertandingan di Hanoi, Kamis '
            "(19/6).</p><p>Pelatih kepala tim junior Teguh Santoso Wirayudha menyebut turnamen ini "
            "ajang penting untuk mengukur perkembangan pemain menjelang kejuaraan dunia junior "
            'akhir tahun. "Hasil akhirnya penting, tetapi saya lebih senang melihat mereka tidak '
            'panik saat tertinggal," ujar Teguh.</p><p>Final beregu dijadwalkan berlangsung Jumat '
            "sore waktu setempat, dilanjutkan dengan nomor perorangan mulai Sabtu.</p>"
        ),
        "topics": ["Pembinaan Atlet", "ASEAN"],
        "hours_ago": 1,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Setelah gim pertama, kami sepakat untuk lebih sabar dan tidak terburu-buru "
                    "menyerang. Ternyata itu yang membuat lawan mulai banyak melakukan kesalahan"
                ),
                "speaker": "Kirana Paramitha",
                "speaker_role": "Pemain ganda putri tim junior Indonesia",
                "context": "Hanoi, Kamis (19/6)",
                "is_pull_quote": False,
            },
            {
                "text": (
                    "Hasil akhirnya penting, tetapi saya lebih senang melihat mereka tidak panik "
                    "saat tertinggal"
                ),
                "speaker": "Teguh Santoso Wirayudha",
                "speaker_role": "Pelatih kepala tim bulu tangkis junior",
                "context": "Hanoi, Kamis (19/6)",
                "is_pull_quote": True,
            },
        ],
        "related": [
            {"article": "liga-sepak-bola-putri-antarprovinsi-resmi-bergulir"},
        ],
        "next": None,
    },
    # 10. Olahraga
    {
        "slug": "liga-sepak-bola-putri-antarprovinsi-resmi-bergulir",
        "headline": "Liga Sepak Bola Putri Antarprovinsi Resmi Bergulir, Diikuti 16 Klub",
        "deck": (
            "Separuh pemain masih berstatus pelajar sehingga jadwal pertandingan disusun pada "
            "akhir pekan agar tidak mengganggu sekolah."
        ),
        "dateline": "Yogyakarta",
        "section": "olahraga",
        "authors": ["fajar-mahendra-wiratama"],
        "summary": (
            "Liga sepak bola putri antarprovinsi dimulai di Yogyakarta dengan 16 klub peserta. "
            "Panitia menjadwalkan laga pada akhir pekan karena banyak pemain masih bersekolah."
        ),
        "body": (
            "<p>Liga sepak bola putri antarprovinsi resmi bergulir di Yogyakarta, Minggu (15/6), "
            "dengan diikuti 16 klub dari sembilan provinsi. Kompetisi akan berlangsung selama lima "
            "bulan dengan format setengah kompetisi yang dilanjutkan babak gugur.</p><p>Sekitar "
            "separuh dari 380 pemain terdaftar masih berstatus pelajar SMA. Karena itu, panitia "
            "menjadwalkan seluruh pertandingan pada Sabtu dan Minggu serta mewajibkan klub "
            'melaporkan kehadiran sekolah pemainnya setiap bulan.</p><p>"Kami tidak mau sepak bola '
            "membuat anak-anak ini meninggalkan sekolah. Liga ini justru harus membuktikan bahwa "
            'keduanya bisa berjalan bersama," kata Yulia Sekarwangi, Ketua Panitia Liga, di '
            "Yogyakarta, Minggu (15/6).</p><p>Panitia juga menyediakan pelatihan bagi pelatih dan "
            "wasit perempuan. Menurut Yulia, jumlah wasit perempuan berlisensi di tingkat daerah "
            "masih sedikit sehingga banyak laga putri selama ini dipimpin wasit dari kompetisi "
            "putra.</p><p>Pada laga pembuka, tuan rumah menang 2-1 atas klub asal Jawa Timur di "
            "hadapan sekitar 3.000 penonton. Kapten tim tuan rumah, Anindya Kusumawardani, "
            'mencetak gol kemenangan pada menit ke-78.</p><p>"Dulu kami hanya main di turnamen '
            'antarkampung. Sekarang ada jadwal, ada klasemen, dan keluarga bisa datang menonton," '
            "tutur Anindya seusai laga.</p><p>Seluruh laga akan disiarkan secara daring melalui "
            "kanal resmi panitia. Klub peserta juga didorong membuka sekolah sepak bola putri "
            "untuk usia 10 hingga 14 tahun.</p>"
        ),
        "topics": ["Pembinaan Atlet", "Pendidikan"],
        "hours_ago": 96,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Kami tidak mau sepak bola membuat anak-anak ini meninggalkan sekolah. Liga "
                    "ini justru harus membuktikan bahwa keduanya bisa berjalan bersama"
                ),
                "speaker": "Yulia Sekarwangi",
                "speaker_role": "Ketua Panitia Liga",
                "context": "Yogyakarta, Minggu (15/6)",
                "is_pull_quote": True,
            },
            {
                "text": (
                    "Dulu kami hanya main di turnamen antarkampung. Sekarang ada jadwal, ada "
                    "klasemen, dan keluarga bisa datang menonton"
                ),
                "speaker": "Anindya Kusumawardani",
                "speaker_role": "Kapten tim tuan rumah",
                "context": "Yogyakarta, Minggu (15/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            # Intentional: the next entry points to the draft article; the site must hide it from
            # readers.
            {"article": "renovasi-stadion-molor-klub-medan-bermain-di-luar-kota"},
            {"article": "bulu-tangkis-junior-indonesia-lolos-ke-final-asia-tenggara"},
        ],
        "next": None,
    },
    # 11. Olahraga (draft, not visible to readers)
    {
        "slug": "renovasi-stadion-molor-klub-medan-bermain-di-luar-kota",
        "headline": "Renovasi Stadion Molor, Klub Medan Terpaksa Bermain di Luar Kota",
        "deck": (
            "Pekerjaan atap tribun dan sistem drainase belum rampung sehingga klub harus menempuh "
            "perjalanan empat jam untuk setiap laga kandang."
        ),
        "dateline": "Medan",
        "section": "olahraga",
        "authors": ["fajar-mahendra-wiratama"],
        "summary": (
            "Renovasi stadion utama di Medan belum selesai meski melewati tenggat. Klub tuan rumah "
            "terpaksa memainkan laga kandang di kota lain, sementara suporter kesulitan mencari "
            "angkutan."
        ),
        "body": (
            "<p>Renovasi stadion utama di Medan, Sumatera Utara, belum juga rampung meski telah "
            "melewati tenggat akhir Mei. Akibatnya, klub tuan rumah harus memainkan laga kandang "
            "di stadion lain yang berjarak sekitar empat jam perjalanan darat.</p><p>Pekerjaan "
            "yang tersisa antara lain pemasangan atap tribun timur dan perbaikan sistem drainase "
            "lapangan. Kontraktor beralasan pengiriman rangka baja sempat tertunda karena cuaca "
            'buruk di pelabuhan.</p><p>"Setiap laga kandang sekarang terasa seperti laga tandang. '
            'Biaya perjalanan membengkak dan pemain kelelahan," kata Darwin Siahaan, manajer klub, '
            "di Medan, Kamis (19/6).</p><p>Suporter juga mengeluhkan minimnya angkutan umum menuju "
            "stadion pengganti. Sebagian kelompok suporter menyewa bus secara patungan agar tetap "
            "bisa mendukung tim.</p><p>Dinas pemuda dan olahraga setempat menargetkan renovasi "
            "selesai dalam dua bulan. Namun, hingga berita ini ditulis, belum ada jadwal pasti uji "
            "kelayakan stadion.</p><p><em>[Catatan untuk redaktur: menunggu konfirmasi kontraktor "
            "dan foto kondisi tribun terbaru.]</em></p>"
        ),
        "topics": ["Infrastruktur", "Transportasi Publik"],
        "hours_ago": 2,
        "status": "draft",
        "quotes": [
            {
                "text": (
                    "Setiap laga kandang sekarang terasa seperti laga tandang. Biaya perjalanan "
                    "membengkak dan pemain kelelahan"
                ),
                "speaker": "Darwin Siahaan",
                "speaker_role": "Manajer klub",
                "context": "Medan, Kamis (19/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [],
        "next": None,
    },
    # 12. Teknologi
    {
        "slug": "rumah-sakit-surabaya-gunakan-kecerdasan-buatan-baca-rontgen",
        "headline": (
            "Rumah Sakit Daerah di Surabaya Gunakan Kecerdasan Buatan untuk Membaca Hasil Rontgen"
        ),
        "deck": (
            "Sistem itu menandai foto rontgen dada yang perlu diprioritaskan, sementara diagnosis "
            "akhir tetap ditetapkan dokter spesialis radiologi."
        ),
        "dateline": "Surabaya",
        "section": "teknologi",
        "authors": ["nadia-rahmasari"],
        "summary": (
            "Sebuah rumah sakit daerah di Surabaya memakai kecerdasan buatan untuk memilah hasil "
            "rontgen dada. Waktu tunggu hasil pemeriksaan pasien rawat jalan turun dari dua hari "
            "menjadi kurang dari enam jam."
        ),
        "body": (
            "<p>Sebuah rumah sakit umum daerah di Surabaya, Jawa Timur, mulai menggunakan "
            "perangkat lunak kecerdasan buatan untuk membantu membaca hasil rontgen dada. Sistem "
            "itu memilah foto yang menunjukkan tanda kelainan agar diperiksa lebih dulu oleh "
            "dokter spesialis radiologi.</p><p>Sejak diterapkan tiga bulan lalu, waktu tunggu "
            "hasil rontgen pasien rawat jalan turun dari rata-rata dua hari menjadi kurang dari "
            "enam jam. Rumah sakit tersebut memeriksa sekitar 250 foto rontgen dada setiap hari, "
            'sementara dokter radiologinya hanya tiga orang.</p><p>"Mesin ini tidak mengambil '
            "keputusan. Ia membantu kami menentukan foto mana yang harus dibaca lebih dulu, dan "
            'keputusan akhir tetap di tangan dokter," kata dr Ayu Larasati Hidayat, dokter '
            "spesialis radiologi di rumah sakit itu, di Surabaya, Rabu (18/6).</p><p>Ayu "
            "menjelaskan, setiap hasil yang ditandai sistem tetap dibaca ulang secara lengkap. "
            "Selama masa uji coba, tim radiologi mencatat kasus ketika penilaian mesin berbeda "
            "dengan dokter untuk dievaluasi bersama pengembang.</p><h2>Perlindungan data "
            "pasien</h2><p>Direktur rumah sakit, dr Bima Santosa Pranoto, menegaskan bahwa foto "
            "rontgen diproses di server milik rumah sakit dan tidak dikirim ke luar negeri. "
            'Identitas pasien juga dihapus sebelum gambar dianalisis. "Kami memilih sistem yang '
            'bisa dipasang di server sendiri. Data pasien tidak boleh berpindah tangan," '
            "tegasnya.</p><p>Rumah sakit berencana memperluas penggunaan sistem serupa untuk "
            "pemeriksaan mamografi setelah evaluasi tahunan rampung.</p>"
        ),
        "topics": ["Kecerdasan Buatan", "Kesehatan"],
        "hours_ago": 12,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Mesin ini tidak mengambil keputusan. Ia membantu kami menentukan foto mana "
                    "yang harus dibaca lebih dulu, dan keputusan akhir tetap di tangan dokter"
                ),
                "speaker": "Ayu Larasati Hidayat",
                "speaker_role": "Dokter spesialis radiologi",
                "context": "Surabaya, Rabu (18/6)",
                "is_pull_quote": True,
            },
            {
                "text": (
                    "Kami memilih sistem yang bisa dipasang di server sendiri. Data pasien tidak "
                    "boleh berpindah tangan"
                ),
                "speaker": "Bima Santosa Pranoto",
                "speaker_role": "Direktur rumah sakit umum daerah",
                "context": "Surabaya, Rabu (18/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            {"article": "guru-kupang-manfaatkan-kecerdasan-buatan-susun-materi-ajar"},
            {"article": "serangan-siber-incar-data-pasien-dinkes-perketat-sistem"},
        ],
        "next": "serangan-siber-incar-data-pasien-dinkes-perketat-sistem",
    },
    # 13. Teknologi
    {
        "slug": "serangan-siber-incar-data-pasien-dinkes-perketat-sistem",
        "headline": "Serangan Siber Incar Data Pasien, Dinas Kesehatan Perketat Sistem Informasi",
        "deck": (
            "Verifikasi dua langkah kini wajib bagi seluruh petugas puskesmas setelah percobaan "
            "pembobolan akun terdeteksi pekan lalu."
        ),
        "dateline": "Bandung",
        "section": "teknologi",
        "authors": ["nadia-rahmasari"],
        "summary": (
            "Sebuah dinas kesehatan kabupaten di Jawa Barat mendeteksi rangkaian percobaan "
            "pembobolan akun sistem informasi puskesmas. Verifikasi dua langkah kini diwajibkan "
            "bagi seluruh petugas."
        ),
        "body": (
            "<p>Dinas kesehatan di salah satu kabupaten di Jawa Barat memperketat pengamanan "
            "sistem informasi kesehatan setelah mendeteksi rangkaian percobaan pembobolan akun "
            "petugas puskesmas pekan lalu. Tidak ada data pasien yang bocor, tetapi puluhan akun "
            "sempat dikunci sementara sebagai langkah pencegahan.</p><p>Percobaan itu dilakukan "
            "dengan menebak kata sandi secara berulang dari alamat internet yang berpindah-pindah. "
            "Sistem pemantauan mencatat lebih dari 12.000 percobaan masuk dalam waktu kurang dari "
            'dua jam.</p><p>"Kami langsung mengunci akun yang menjadi sasaran dan mewajibkan semua '
            'petugas mengganti kata sandi pada hari itu juga," ujar Arief Kurniawan Saputra, '
            "Kepala Bidang Sistem Informasi dinas kesehatan tersebut, di Bandung, Kamis "
            "(12/6).</p><p>Mulai bulan ini, seluruh petugas wajib menggunakan verifikasi dua "
            "langkah untuk masuk ke sistem. Dinas juga membatasi akses sehingga petugas hanya "
            "dapat membuka data pasien di puskesmas tempatnya bertugas.</p><p>Peneliti keamanan "
            "siber Melati Ardhana menilai layanan kesehatan menjadi sasaran menarik karena data "
            "pasien bernilai tinggi, sementara banyak sistem dikelola dengan sumber daya terbatas. "
            "Ia menyarankan beberapa langkah dasar:</p><ul><li>mengaktifkan verifikasi dua langkah "
            "untuk semua akun;</li><li>memisahkan jaringan layanan pasien dari jaringan "
            "perkantoran;</li><li>menyimpan salinan cadangan data secara berkala di lokasi "
            "terpisah;</li><li>melatih petugas mengenali pesan dan tautan "
            'palsu.</li></ul><p>"Sebagian besar pembobolan tidak dimulai dari peretasan yang '
            'canggih, tetapi dari kata sandi yang lemah dan dipakai berulang," tegas Melati saat '
            "dihubungi dari Jakarta, Kamis (12/6).</p>"
        ),
        "topics": ["Keamanan Siber", "Kesehatan"],
        "hours_ago": 160,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Kami langsung mengunci akun yang menjadi sasaran dan mewajibkan semua petugas "
                    "mengganti kata sandi pada hari itu juga"
                ),
                "speaker": "Arief Kurniawan Saputra",
                "speaker_role": "Kepala Bidang Sistem Informasi Dinas Kesehatan",
                "context": "Bandung, Kamis (12/6)",
                "is_pull_quote": False,
            },
            {
                "text": (
                    "Sebagian besar pembobolan tidak dimulai dari peretasan yang canggih, tetapi "
                    "dari kata sandi yang lemah dan dipakai berulang"
                ),
                "speaker": "Melati Ardhana",
                "speaker_role": "Peneliti keamanan siber",
                "context": "Jakarta, Kamis (12/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            {"article": "umkm-diminta-waspadai-penipuan-digital-berkedok-kurir"},
            {
                "url": "https://example.org/keamanan/panduan-verifikasi-dua-langkah",
                "title": "Panduan mengaktifkan verifikasi dua langkah",
            },
        ],
        "next": None,
    },
    # 14. Teknologi
    {
        "slug": "umkm-diminta-waspadai-penipuan-digital-berkedok-kurir",
        "headline": "Pelaku UMKM Diminta Waspadai Penipuan Digital Berkedok Kurir Paket",
        "deck": (
            "Modus terbaru memakai berkas aplikasi yang dikirim lewat pesan singkat dan menyamar "
            "sebagai foto bukti pengiriman."
        ),
        "dateline": "Surakarta",
        "section": "teknologi",
        "authors": ["nadia-rahmasari", "dimas-arya-pranata"],
        "summary": (
            "Sejumlah pelaku UMKM di Surakarta kehilangan dana setelah membuka berkas berbahaya "
            "yang dikirim penipu berkedok kurir. Asosiasi pelaku usaha menggelar pelatihan "
            "keamanan digital bagi anggotanya."
        ),
        "body": (
            "<p>Sejumlah pelaku usaha mikro, kecil, dan menengah (UMKM) di Surakarta, Jawa Tengah, "
            "melaporkan kehilangan dana dari rekening usaha setelah membuka berkas yang dikirim "
            "orang yang mengaku sebagai kurir paket. Berkas itu ternyata aplikasi berbahaya yang "
            "dapat membaca pesan masuk, termasuk kode verifikasi perbankan.</p><p>Modus ini "
            "menyasar pelaku usaha yang setiap hari menerima banyak pesan dari pembeli dan jasa "
            "pengiriman. Penipu biasanya mengirim pesan berisi berkas yang diberi nama seperti "
            "<em>foto bukti pengiriman</em> atau <em>resi paket</em>.</p><p>Hesti Rahayu, perajin "
            "batik yang berjualan secara daring, kehilangan Rp 7,5 juta dalam satu malam. "
            '"Pesannya sopan dan menyebut nama toko saya. Saya kira memang dari kurir, jadi '
            'langsung saya buka," katanya di Surakarta, Senin (9/6).</p><p>Asosiasi Pelaku Usaha '
            "Daring Surakarta, organisasi yang menaungi sekitar 900 pelaku usaha, mencatat "
            "sedikitnya 23 laporan serupa dalam sebulan terakhir. Asosiasi itu lalu menggelar "
            'pelatihan keamanan digital gratis bagi anggotanya.</p><p>"Aturannya sederhana: jangan '
            "memasang aplikasi dari tautan atau berkas kiriman orang yang tidak dikenal, apa pun "
            'alasannya," jelas Yoga Permana Adi, Ketua Asosiasi Pelaku Usaha Daring Surakarta, '
            "dalam pelatihan tersebut, Senin (9/6).</p><p>Yoga juga meminta pelaku usaha "
            "memisahkan ponsel untuk transaksi perbankan dari ponsel yang dipakai melayani "
            "pembeli. Korban diimbau segera menghubungi bank untuk memblokir rekening dan "
            "melaporkan kejadian ke kepolisian.</p><p>Cara mengenali modus serupa dapat dibaca "
            'dalam <a href="https://example.org/keamanan/kenali-modus-penipuan-kurir">panduan '
            "keamanan digital untuk pelaku usaha</a>.</p>"
        ),
        "topics": ["Keamanan Siber", "UMKM"],
        "hours_ago": 240,
        "status": "published",
        "quotes": [
            {
                "text": (
                    "Pesannya sopan dan menyebut nama toko saya. Saya kira memang dari kurir, jadi "
                    "langsung saya buka"
                ),
                "speaker": "Hesti Rahayu",
                "speaker_role": "Perajin batik",
                "context": "Surakarta, Senin (9/6)",
                "is_pull_quote": False,
            },
            {
                "text": (
                    "Aturannya sederhana: jangan memasang aplikasi dari tautan atau berkas kiriman "
                    "orang yang tidak dikenal, apa pun alasannya"
                ),
                "speaker": "Yoga Permana Adi",
                "speaker_role": "Ketua Asosiasi Pelaku Usaha Daring Surakarta",
                "context": "Surakarta, Senin (9/6)",
                "is_pull_quote": False,
            },
        ],
        "related": [
            {"article": "serangan-siber-incar-data-pasien-dinkes-perketat-sistem"},
            {"article": "koperasi-nelayan-buka-gudang-pendingin-harga-ikan-naik"},
        ],
        "next": None,
    },
]
