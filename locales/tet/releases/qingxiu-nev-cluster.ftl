### Release qingxiu-nev-cluster (feeds/releases/qingxiu-nev-cluster.toml), source locale en.
### Xinhua Silk Road via PR Newswire, Beijing, 18 September 2023.
### Keep the names of companies, places and the expo as the glossary gives them, and every figure exact.
### The text is the wire text as published, including its typography (curly apostrophes, and the
### no-break space after "In recent years," in body-1).

# Headline: the feed item title, the page's main heading, the NewsML headline.
headline = Pólu industriál veíkulu enerjia foun ba merkadu ASEAN hahú hetan forma iha Qingxiu, Nanning
# One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.
summary = Distritu Qingxiu, iha Nanning, Guangxi, harii hela pólu industriál veíkulu enerjia foun ida ne’ebé orienta ba merkadu ASEAN, no hosi Janeiru to’o Agostu 2023 produsaun indústria enerjia foun nian iha distritu ne’e sa’e 3822,5 porsentu kompara ho períodu hanesan tinan kotuk.
# The place the release was issued from. The value is its name (NewsML "located");
# .dateline is how the dateline prints it (English datelines use capitals).
# Tetum press (TATOLI, Government) writes the Chinese capital as Beijing; China itself is Xina (INL spelling).
place = Beijing
    .dateline = BEIJING

## Body paragraphs body-1, body-2, … in order. The dateline is printed before the first one.

body-1 = Iha tinan hirak ikus ne’e, Distritu Qingxiu, iha sidade Nanning, Rejiaun Autónoma Zhuang Guangxi, iha sul Xina, pozisiona an atu serve konsumidór sira hosi nasaun membru Asosiasaun Nasaun Sudeste Aziátiku (ASEAN) liuhosi haforsa indústria veíkulu enerjia foun.
body-2 = Distritu ne’e sai daudauk sentru produsaun veíkulu enerjia foun ne’ebé orienta ba merkadu ASEAN, tanba projetu barak liután hosi kompañia líder sira, hanesan Hozon Auto, Do-Fluoride Chemicals (DFD), Huawei no BYD, hahú ona iha Qingxiu.
body-3 = Nu’udar pioneiru iha Guangxi ba dezenvolvimentu urbanu ho kualidade a’as no kresimentu ekonómiku iha nivel kondadu, Distritu Qingxiu halibur ona indústria barak ne’ebé fó kontribuisaun boot ba ekonomia rejionál, inklui bateria enerjia foun, veíkulu enerjia foun, ekonomia dijitál no servisu modernu sira. Atu dada lalais liután empreza sira iha setór veíkulu enerjia foun, Distritu Qingxiu duplika esforsu atu hadi’a servisu iha área transporte, uma-hela no área seluk.
body-4 = Dadus hatudu katak, hosi Janeiru to’o Agostu tinan ne’e, produsaun industriál hosi empreza sira ne’ebé nia eskala liu limite determinadu iha Distritu Qingxiu atinje 5234 millaun yuan, aumentu impresionante 92,15 porsentu kompara ho períodu hanesan tinan kotuk. Iha períodu ne’e, indústria enerjia foun kontribui 3138 millaun yuan, sa’e maka’as tebes 3822,5 porsentu kompara ho tinan kotuk.
# INL spelling: ex- before a consonant is written es- (cf. esportasaun), and China is Xina, hence Espozisaun Xina-ASEAN.
body-5 = Nu’udar fatin ne’ebé hala’o Espozisaun Xina-ASEAN, Distritu Qingxiu iha konsuladu-jerál neen no eskritóriu ligasaun komersiál 14 ne’ebé reprezenta nasaun no rejiaun oioin.
body-6 = Ho mudansa globál ba neutralidade karbónika no tendénsia eletrifikasaun ne’ebé aumenta hela iha indústria karreta ASEAN nian, veíkulu enerjia foun hatudu potensiál boot iha merkadu ASEAN. Iha tinan 2022, venda veíkulu elétriku iha ASEAN sa’e maka’as to’o 34 000.
body-7 = Ba futuru, Distritu Qingxiu sei fokus ba harii zona kooperasaun no integrasaun industriál transfronteirisa Xina-ASEAN. Iha tempu hanesan, distritu ne’e sei fasilita projetu sira hanesan Sentru HGTECH ASEAN no projetu Produsaun Bateria Sódiu DFD nian, hodi dezenvolve kadeia industriál tomak.
# Caption of the photo "lingli-park", shown under it; .alt describes the image for screen readers.
photo-lingli-park = Foto ne’e hatudu fatin produsaun veíkulu enerjia foun ida iha Parke Industriál Lingli, ho veíkulu sira ne’ebé foin fabrika tiha, hatuur iha liña hodi hein entrega.
    .alt = Veíkulu enerjia foun barak ne’ebé foin fabrika, estasiona iha liña iha fábrika ida nia fatin iha Parke Industriál Lingli

## Keywords (feed categories, NewsML keywords): keyword-<key> for each key listed in the release file.

keyword-nev = veíkulu enerjia foun
keyword-asean = ASEAN
keyword-qingxiu = Distritu Qingxiu
keyword-nanning = Nanning
keyword-industry-cluster = pólu industriál
