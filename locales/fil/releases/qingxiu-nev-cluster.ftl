### Release qingxiu-nev-cluster (feeds/releases/qingxiu-nev-cluster.toml), source locale en.
### Xinhua Silk Road via PR Newswire, Beijing, 18 September 2023.
### Keep the names of companies, places and the expo as the glossary gives them, and every figure exact.
### The text is the wire text as published, including its typography (curly apostrophes, and the
### no-break space after "In recent years," in body-1).

# Headline: the feed item title, the page's main heading, the NewsML headline.
headline = Kumpol ng industriya ng NEV na nakatuon sa ASEAN, nabubuo na sa Qingxiu, Nanning
# One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.
summary = Nagtatayo ang Distrito ng Qingxiu sa Nanning, Guangxi, ng isang kumpol ng industriya ng mga sasakyang gumagamit ng bagong enerhiya na nakatuon sa pamilihan ng ASEAN, at lumago nang 3,822.5 porsiyento ang produksiyon ng industriya ng bagong enerhiya sa distrito mula Enero hanggang Agosto 2023 kumpara sa kaparehong panahon noong nakaraang taon.
# The place the release was issued from. The value is its name (NewsML "located");
# .dateline is how the dateline prints it (English datelines use capitals).
place = Beijing
    .dateline = BEIJING

## Body paragraphs body-1, body-2, … in order. The dateline is printed before the first one.

body-1 = Sa nakalipas na mga taon, pinalalakas ng Distrito ng Qingxiu sa Lungsod ng Nanning, Rehiyong Awtonomo ng Guangxi Zhuang sa timog ng Tsina, ang industriya ng mga sasakyang gumagamit ng bagong enerhiya (NEV) upang maitatag ang sarili bilang tagapagtustos sa mga mamimili sa Samahan ng mga Bansa sa Timog-Silangang Asya (ASEAN).
body-2 = Unti-unting nagiging sentro ng produksiyon ng NEV para sa pamilihan ng ASEAN ang distrito, habang dumarami ang mga proyektong inilulunsad sa Qingxiu ng mga nangungunang kompanya gaya ng Hozon Auto, Do-Fluoride Chemicals (DFD), Huawei at BYD.
body-3 = Bilang isa sa mga nangunguna sa Guangxi sa de-kalidad na pag-unlad ng kalunsuran at sa paglago ng ekonomiya sa antas ng kondado, natipon ng Distrito ng Qingxiu ang napakaraming industriyang malaki ang ambag sa ekonomiya ng rehiyon, kabilang ang mga baterya para sa bagong enerhiya, mga sasakyang gumagamit ng bagong enerhiya, ekonomiyang digital at mga makabagong serbisyo. Upang mas mabilis na makahikayat ng mas maraming kompanya sa sektor ng NEV, pinaigting ng Distrito ng Qingxiu ang pagsisikap nitong mapahusay ang mga serbisyo sa transportasyon, pabahay at iba pang larangan.
body-4 = Ipinakikita ng datos na mula Enero hanggang Agosto ngayong taon, umabot sa 5.234 bilyong yuan ang halaga ng produksiyong industriyal ng mga kompanyang lampas sa itinakdang laki sa Distrito ng Qingxiu, isang kahanga-hangang pagtaas na 92.15 porsiyento kumpara sa kaparehong panahon noong nakaraang taon. Nag-ambag naman ang industriya ng bagong enerhiya ng 3.138 bilyong yuan sa panahong ito, isang matinding pagtaas na 3,822.5 porsiyento mula sa nakaraang taon.
body-5 = Bilang lugar na pinagdarausan ng China-ASEAN Expo, matatagpuan sa Distrito ng Qingxiu ang anim na konsulado heneral at 14 na tanggapang pang-ugnayan sa kalakalan na kumakatawan sa iba’t ibang bansa at rehiyon.
body-6 = Sa gitna ng pandaigdigang paglipat tungo sa neutralidad sa karbon at ng lumalakas na kalakaran ng elektripikasyon sa industriya ng sasakyan sa ASEAN, malaki ang potensiyal ng mga sasakyang gumagamit ng bagong enerhiya sa pamilihan ng ASEAN. Noong 2022, sumirit sa 34,000 ang bilang ng mga naibentang de-kuryenteng sasakyan sa ASEAN.
body-7 = Sa hinaharap, pagtutuunan ng Distrito ng Qingxiu ang pagtatayo ng isang sona ng Tsina at ASEAN para sa integrasyon at kooperasyon ng mga industriya sa magkabilang panig ng hangganan. Kasabay nito, isusulong nito ang mga proyektong gaya ng HGTECH ASEAN Center at ng proyekto ng DFD sa paggawa ng bateryang sodyum para sa pag-unlad ng buong kadena ng industriya.
# Caption of the photo "lingli-park", shown under it; .alt describes the image for screen readers.
photo-lingli-park = Makikita sa larawan ang isang lugar ng produksiyon ng NEV sa Parkeng Industriyal ng Lingli, kung saan nakahanay ang mga bagong gawang sasakyan na naghihintay na maihatid.
    .alt = Hanay-hanay na bagong gawang sasakyang gumagamit ng bagong enerhiya na nakaparada sa isang pabrika sa Parkeng Industriyal ng Lingli

## Keywords (feed categories, NewsML keywords): keyword-<key> for each key listed in the release file.

keyword-nev = mga sasakyang gumagamit ng bagong enerhiya
keyword-asean = ASEAN
keyword-qingxiu = Distrito ng Qingxiu
keyword-nanning = Nanning
keyword-industry-cluster = kumpol ng industriya
