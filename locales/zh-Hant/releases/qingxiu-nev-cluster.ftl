### Release qingxiu-nev-cluster (feeds/releases/qingxiu-nev-cluster.toml), source locale en.
### Xinhua Silk Road via PR Newswire, Beijing, 18 September 2023.
### Keep the names of companies, places and the expo as the glossary gives them, and every figure exact.
### The text is the wire text as published, including its typography (curly apostrophes, and the
### no-break space after "In recent years," in body-1).

# Headline: the feed item title, the page's main heading, the NewsML headline.
headline = 南寧青秀區瞄準東協市場 新能源車產業聚落成形
# One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.
summary = 廣西南寧市青秀區正打造瞄準東協市場的新能源車產業聚落，2023年1至8月，當地新能源產業產值年增3822.5%。
# The place the release was issued from. The value is its name (NewsML "located");
# .dateline is how the dateline prints it (English datelines use capitals).
place = 北京
    .dateline = 北京

## Body paragraphs body-1, body-2, … in order. The dateline is printed before the first one.

# zh-Hant: ASEAN is 東協 (Taiwan usage) throughout, in names too, as Taiwan's press writes them (中國—東協博覽會).
body-1 = 近年來，中國南方廣西壯族自治區南寧市青秀區大力發展新能源車產業，以服務東南亞國家協會（東協）的消費者為發展定位。
body-2 = 隨著合眾汽車、多氟多化工（多氟多）、華為、比亞迪等龍頭企業的更多專案陸續進駐青秀區，該區正逐步成為面向東協市場的新能源車生產重鎮。
body-3 = 青秀區是廣西城區高品質發展與縣域經濟成長的領頭羊，已聚集新能源電池、新能源車、數位經濟、現代服務業等一大批對區域經濟貢獻顯著的產業。為加快吸引更多新能源車領域企業進駐，青秀區加大力道，提升交通、住宅等各方面的服務。
body-4 = 統計數據顯示，今年1至8月，青秀區規模以上工業企業產值達人民幣52.34億元，年增92.15%，表現亮眼；同期新能源產業貢獻產值人民幣31.38億元，較去年同期大增3822.5%。
body-5 = 青秀區是中國—東協博覽會的舉辦地，區內設有6個總領事館，以及代表不同國家和地區的14個貿易聯絡機構。
body-6 = 隨著全球加速邁向碳中和，東協汽車產業電動化趨勢日益明顯，新能源車在東協市場展現龐大潛力。2022年，東協電動車銷量激增至3.4萬輛。
body-7 = 展望未來，青秀區將致力打造中國—東協跨境產業融合發展合作區，同時推動華工科技東協中心、多氟多鈉電池生產專案等計畫，帶動全產業鏈發展。
# Caption of the photo "lingli-park", shown under it; .alt describes the image for screen readers.
photo-lingli-park = 圖為伶俐工業園內一處新能源車生產基地，剛下線的新車整齊排列，等待交車。
    .alt = 伶俐工業園一處工廠廠區內，一排排剛下線的新能源車整齊停放

## Keywords (feed categories, NewsML keywords): keyword-<key> for each key listed in the release file.

keyword-nev = 新能源車
keyword-asean = 東協
keyword-qingxiu = 青秀區
keyword-nanning = 南寧
keyword-industry-cluster = 產業聚落
