### Release qingxiu-nev-cluster (feeds/releases/qingxiu-nev-cluster.toml), source locale en.
### Xinhua Silk Road via PR Newswire, Beijing, 18 September 2023.
### Keep the names of companies, places and the expo as the glossary gives them, and every figure exact.
### The text is the wire text as published, including its typography (curly apostrophes, and the
### no-break space after "In recent years," in body-1).

# Headline: the feed item title, the page's main heading, the NewsML headline.
headline = Polo industrial de veículos de novas energias virado para a ASEAN ganha forma em Qingxiu, Nanning
# One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.
summary = O distrito de Qingxiu, em Nanning, Guangxi, está a criar um polo industrial de veículos de novas energias orientado para o mercado da ASEAN, tendo a produção da sua indústria de novas energias registado um aumento homólogo de 3.822,5% entre janeiro e agosto de 2023.
# The place the release was issued from. The value is its name (NewsML "located");
# .dateline is how the dateline prints it (English datelines use capitals).
place = Pequim
    .dateline = PEQUIM

## Body paragraphs body-1, body-2, … in order. The dateline is printed before the first one.

body-1 = Nos últimos anos, o distrito de Qingxiu, na cidade de Nanning, na Região Autónoma Zhuang de Guangxi, no sul da China, tem vindo a posicionar-se para servir os consumidores da Associação das Nações do Sudeste Asiático (ASEAN), apostando no desenvolvimento da indústria de veículos de novas energias.
body-2 = O distrito está a transformar-se num polo de produção de veículos de novas energias orientado para o mercado da ASEAN, com cada vez mais projetos de empresas líderes, como a Hozon Auto, a Do-Fluoride Chemicals (DFD), a Huawei e a BYD, a instalarem-se em Qingxiu.
body-3 = Referência em Guangxi no desenvolvimento urbano de alta qualidade e no crescimento económico ao nível dos condados, o distrito de Qingxiu concentra um grande número de indústrias com forte contributo para a economia regional, entre as quais as baterias de novas energias, os veículos de novas energias, a economia digital e os serviços modernos. Para atrair mais rapidamente empresas do setor dos veículos de novas energias, o distrito de Qingxiu redobrou esforços para melhorar os serviços nos transportes, na habitação e noutras áreas.
body-4 = Segundo os dados divulgados, entre janeiro e agosto deste ano, a produção industrial das empresas acima da dimensão mínima estabelecida no distrito de Qingxiu atingiu 5.234 milhões de yuan, um notável aumento homólogo de 92,15%. No mesmo período, a indústria de novas energias contribuiu com 3.138 milhões de yuan, uma subida expressiva de 3.822,5% face ao ano anterior.
body-5 = Enquanto local onde se realiza a Exposição China-ASEAN, o distrito de Qingxiu acolhe seis consulados-gerais e 14 gabinetes de ligação comercial que representam diferentes países e regiões.
body-6 = Com a transição global para a neutralidade carbónica e a crescente tendência de eletrificação da indústria automóvel da ASEAN, os veículos de novas energias revelam um grande potencial no mercado da ASEAN. Em 2022, as vendas de veículos elétricos na ASEAN dispararam para 34.000 unidades.
body-7 = No futuro, o distrito de Qingxiu vai concentrar-se na construção de uma zona de cooperação e integração industrial transfronteiriça China-ASEAN. Paralelamente, vai impulsionar projetos como o Centro HGTECH ASEAN e o projeto de produção de baterias de sódio da DFD, com vista ao desenvolvimento de toda a cadeia industrial.
# Caption of the photo "lingli-park", shown under it; .alt describes the image for screen readers.
photo-lingli-park = A fotografia mostra uma unidade de produção de veículos de novas energias no Parque Industrial de Lingli, com veículos acabados de fabricar alinhados para entrega.
    .alt = Filas de veículos de novas energias recém-fabricados estacionados numa fábrica do Parque Industrial de Lingli

## Keywords (feed categories, NewsML keywords): keyword-<key> for each key listed in the release file.

keyword-nev = veículos de novas energias
keyword-asean = ASEAN
keyword-qingxiu = distrito de Qingxiu
keyword-nanning = Nanning
keyword-industry-cluster = polo industrial
