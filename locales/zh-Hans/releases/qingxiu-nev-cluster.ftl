### Release qingxiu-nev-cluster (feeds/releases/qingxiu-nev-cluster.toml), source locale en.
### Xinhua Silk Road via PR Newswire, Beijing, 18 September 2023.
### Keep the names of companies, places and the expo as the glossary gives them, and every figure exact.

# Headline: the feed item title, the page's main heading, the NewsML headline.
headline = 南宁青秀区面向东盟的新能源汽车产业集群初具规模
# One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.
summary = 广西南宁市青秀区正在打造面向东盟市场的新能源汽车产业集群，2023年1至8月，该区新能源产业产值同比增长3822.5%。
# The place the release was issued from. The value is its name (NewsML "located");
# .dateline is how the dateline prints it (English datelines use capitals).
place = 北京
    .dateline = 北京

## Body paragraphs body-1, body-2, … in order. The dateline is printed before the first one.

body-1 = 近年来，中国南方广西壮族自治区南宁市青秀区通过大力发展新能源汽车产业，确立了服务东南亚国家联盟（东盟）消费者的发展定位。
body-2 = 随着合众汽车、多氟多化工（多氟多）、华为、比亚迪等龙头企业的更多项目落地青秀区，该区正逐步成为面向东盟市场的新能源汽车生产基地。
body-3 = 作为广西城区高质量发展和县域经济发展的排头兵，青秀区集聚了新能源电池、新能源汽车、数字经济、现代服务业等一大批对区域经济贡献突出的产业。为加快吸引更多新能源汽车领域企业落户，青秀区加大力度提升交通、住房等方面的服务水平。
body-4 = 数据显示，今年1至8月，青秀区规模以上工业总产值达52.34亿元，同比大幅增长92.15%。同期，新能源产业贡献产值31.38亿元，较上年同期激增3822.5%。
body-5 = 作为中国—东盟博览会的举办地，青秀区驻有6家总领事馆和14家代表不同国家和地区的贸易联络机构。
body-6 = 随着全球加速迈向碳中和，东盟汽车产业电动化趋势日益明显，新能源汽车在东盟市场展现出巨大潜力。2022年，东盟电动汽车销量猛增至3.4万辆。
body-7 = 展望未来，青秀区将着力打造中国—东盟跨境产业融合发展合作区。同时，青秀区将推进华工科技东盟中心、多氟多钠电池生产等项目建设，促进全产业链发展。
# Caption of the photo "lingli-park", shown under it; .alt describes the image for screen readers.
photo-lingli-park = 图为伶俐工业园的一处新能源汽车生产基地，新下线的车辆整齐排列，等待交付。
    .alt = 伶俐工业园一处工厂厂区内，一排排新下线的新能源汽车整齐停放

## Keywords (feed categories, NewsML keywords): keyword-<key> for each key listed in the release file.

keyword-nev = 新能源汽车
keyword-asean = 东盟
keyword-qingxiu = 青秀区
keyword-nanning = 南宁
keyword-industry-cluster = 产业集群
