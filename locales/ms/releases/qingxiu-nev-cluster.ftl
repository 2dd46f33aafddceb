### Release qingxiu-nev-cluster (feeds/releases/qingxiu-nev-cluster.toml), source locale en.
### Xinhua Silk Road via PR Newswire, Beijing, 18 September 2023.
### Keep the names of companies, places and the expo as the glossary gives them, and every figure exact.
### The text is the wire text as published, including its typography (curly apostrophes, and the
### no-break space after "In recent years," in body-1).

# Headline: the feed item title, the page's main heading, the NewsML headline.
headline = Kluster industri kenderaan tenaga baharu berorientasikan ASEAN mula terbentuk di Qingxiu, Nanning
# One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.
summary = Daerah Qingxiu di Nanning, Guangxi, sedang membina kluster industri kenderaan tenaga baharu yang menyasarkan pasaran ASEAN, dengan pengeluaran industri tenaga baharunya melonjak 3,822.5 peratus tahun ke tahun bagi tempoh Januari hingga Ogos 2023.
# The place the release was issued from. The value is its name (NewsML "located");
# .dateline is how the dateline prints it (English datelines use capitals).
place = Beijing
    .dateline = BEIJING

## Body paragraphs body-1, body-2, … in order. The dateline is printed before the first one.

# Names follow Bernama usage: "Daerah" for 区, "kaunti" for 县, "Wilayah Autonomi Guangxi Zhuang", "Ekspo China-ASEAN".
body-1 = Dalam beberapa tahun kebelakangan ini, Daerah Qingxiu di bandar Nanning, Wilayah Autonomi Guangxi Zhuang di selatan China, telah menetapkan hala tuju untuk memenuhi keperluan pengguna di rantau Persatuan Negara-Negara Asia Tenggara (ASEAN) dengan memacu industri kenderaan tenaga baharu (NEV).
body-2 = Daerah itu sedang berkembang menjadi hab pengeluaran NEV yang berorientasikan pasaran ASEAN, dengan semakin banyak projek daripada syarikat terkemuka termasuk Hozon Auto, Do-Fluoride Chemicals (DFD), Huawei dan BYD dilancarkan di Qingxiu.
body-3 = Sebagai peneraju di Guangxi dalam pembangunan bandar berkualiti tinggi dan pertumbuhan ekonomi peringkat kaunti, Daerah Qingxiu telah menghimpunkan sejumlah besar industri yang menjadi penyumbang utama kepada ekonomi wilayah, termasuk bateri tenaga baharu, kenderaan tenaga baharu, ekonomi digital dan perkhidmatan moden. Bagi menarik lebih banyak syarikat dalam sektor NEV dengan lebih pantas, Daerah Qingxiu telah menggandakan usaha untuk menambah baik perkhidmatan dalam bidang pengangkutan, perumahan dan bidang-bidang lain.
body-4 = Data menunjukkan bahawa dari Januari hingga Ogos tahun ini, nilai pengeluaran perindustrian Daerah Qingxiu daripada perusahaan yang melebihi saiz yang ditetapkan mencecah 5.234 bilion yuan, meningkat ketara sebanyak 92.15 peratus tahun ke tahun. Industri tenaga baharu menyumbang 3.138 bilion yuan dalam tempoh yang sama, melonjak 3,822.5 peratus berbanding tahun sebelumnya.
body-5 = Sebagai lokasi penganjuran Ekspo China-ASEAN, Daerah Qingxiu menempatkan enam konsulat jeneral dan 14 pejabat perhubungan perdagangan yang mewakili pelbagai negara dan wilayah.
body-6 = Seiring dengan peralihan global ke arah neutral karbon dan trend pengelektrikan yang semakin meningkat dalam industri automotif ASEAN, kenderaan tenaga baharu menunjukkan potensi besar di pasaran ASEAN. Pada 2022, jualan kenderaan elektrik di ASEAN melonjak kepada 34,000 unit.
body-7 = Melangkah ke hadapan, Daerah Qingxiu akan memberi tumpuan kepada pembinaan zon kerjasama dan integrasi industri rentas sempadan China-ASEAN. Pada masa yang sama, daerah itu akan memudahkan pelaksanaan projek seperti Pusat ASEAN HGTECH dan projek Pengeluaran Bateri Natrium DFD bagi pembangunan keseluruhan rantaian industri.
# Caption of the photo "lingli-park", shown under it; .alt describes the image for screen readers.
photo-lingli-park = Gambar menunjukkan tapak pengeluaran NEV di Taman Perindustrian Lingli, dengan kenderaan yang baru dikeluarkan berbaris menunggu untuk dihantar.
    .alt = Barisan kenderaan tenaga baharu yang baru siap dikeluarkan tersusun di kawasan kilang di Taman Perindustrian Lingli

## Keywords (feed categories, NewsML keywords): keyword-<key> for each key listed in the release file.

keyword-nev = kenderaan tenaga baharu
keyword-asean = ASEAN
keyword-qingxiu = Daerah Qingxiu
keyword-nanning = Nanning
keyword-industry-cluster = kluster industri
