### Release qingxiu-nev-cluster (feeds/releases/qingxiu-nev-cluster.toml), source locale en.
### Xinhua Silk Road via PR Newswire, Beijing, 18 September 2023.
### Keep the names of companies, places and the expo as the glossary gives them, and every figure exact.
### The text is the wire text as published, including its typography (curly apostrophes, and the
### no-break space after "In recent years," in body-1).

# Headline: the feed item title, the page's main heading, the NewsML headline.
headline = Klaster industri kendaraan energi baru berorientasi ASEAN mulai terbentuk di Qingxiu, Nanning
# One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.
summary = Distrik Qingxiu di Nanning, Guangxi, tengah membangun klaster industri kendaraan energi baru yang menyasar pasar ASEAN, dengan nilai produksi industri energi baru di distrik itu melonjak 3.822,5 persen secara tahunan pada Januari hingga Agustus 2023.
# The place the release was issued from. The value is its name (NewsML "located");
# .dateline is how the dateline prints it (English datelines use capitals).
place = Beijing
    .dateline = BEIJING

## Body paragraphs body-1, body-2, … in order. The dateline is printed before the first one.

# Names follow Antara/Xinhua Indonesian usage: "Distrik" for 区, "Daerah Otonom Etnis Zhuang Guangxi", "China".
body-1 = Dalam beberapa tahun terakhir, Distrik Qingxiu di Kota Nanning, Daerah Otonom Etnis Zhuang Guangxi, China selatan, telah memosisikan diri untuk melayani konsumen di negara-negara Perhimpunan Bangsa-Bangsa Asia Tenggara (ASEAN) dengan mendorong industri kendaraan energi baru (NEV).
body-2 = Distrik ini tengah berkembang menjadi pusat produksi NEV yang berorientasi pada pasar ASEAN, seiring makin banyaknya proyek dari perusahaan-perusahaan terkemuka, termasuk Hozon Auto, Do-Fluoride Chemicals (DFD), Huawei, dan BYD, yang mulai berjalan di Qingxiu.
body-3 = Sebagai pelopor di Guangxi dalam pembangunan perkotaan berkualitas tinggi dan pertumbuhan ekonomi tingkat kabupaten, Distrik Qingxiu telah menghimpun banyak industri yang menjadi penyumbang utama perekonomian regional, termasuk baterai energi baru, kendaraan energi baru, ekonomi digital, dan jasa modern. Untuk menarik lebih banyak perusahaan di sektor NEV dengan lebih cepat, Distrik Qingxiu melipatgandakan upaya untuk meningkatkan layanan di bidang transportasi, perumahan, dan bidang lainnya.
body-4 = Data menunjukkan bahwa sepanjang Januari hingga Agustus tahun ini, nilai produksi industri Distrik Qingxiu dari perusahaan di atas skala yang ditetapkan mencapai 5,234 miliar yuan, tumbuh pesat 92,15 persen secara tahunan. Pada periode yang sama, industri energi baru menyumbang 3,138 miliar yuan, melonjak 3.822,5 persen dibandingkan tahun sebelumnya.
body-5 = Sebagai tempat penyelenggaraan Ekspo China-ASEAN, Distrik Qingxiu menjadi lokasi enam konsulat jenderal dan 14 kantor penghubung perdagangan yang mewakili berbagai negara dan kawasan.
body-6 = Seiring peralihan global menuju netralitas karbon dan makin kuatnya tren elektrifikasi di industri otomotif ASEAN, kendaraan energi baru menunjukkan potensi besar di pasar ASEAN. Pada 2022, penjualan kendaraan listrik di ASEAN melonjak hingga 34.000 unit.
body-7 = Ke depan, Distrik Qingxiu akan berfokus pada pembangunan zona kerja sama dan integrasi industri lintas batas China-ASEAN. Pada saat yang sama, distrik ini akan mendorong proyek-proyek seperti Pusat ASEAN HGTECH dan proyek Produksi Baterai Natrium DFD demi pengembangan seluruh rantai industri.
# Caption of the photo "lingli-park", shown under it; .alt describes the image for screen readers.
photo-lingli-park = Foto memperlihatkan lokasi produksi NEV di Kawasan Industri Lingli, dengan kendaraan-kendaraan yang baru diproduksi berjajar menunggu dikirim.
    .alt = Deretan kendaraan energi baru yang baru diproduksi terparkir di area pabrik di Kawasan Industri Lingli

## Keywords (feed categories, NewsML keywords): keyword-<key> for each key listed in the release file.

keyword-nev = kendaraan energi baru
keyword-asean = ASEAN
keyword-qingxiu = Distrik Qingxiu
keyword-nanning = Nanning
keyword-industry-cluster = klaster industri
