### Release qingxiu-nev-cluster (feeds/releases/qingxiu-nev-cluster.toml), source locale en.
### Xinhua Silk Road via PR Newswire, Beijing, 18 September 2023.
### Keep the names of companies, places and the expo as the glossary gives them, and every figure exact.
### The text is the wire text as published, including its typography (curly apostrophes, and the
### no-break space after "In recent years," in body-1).

# Headline: the feed item title, the page's main heading, the NewsML headline.
headline = ASEAN-oriented NEV industry cluster takes shape in Qingxiu, Nanning
# One-sentence summary: RSS description, Atom summary, NewsML description, page meta description.
summary = Qingxiu District in Nanning, Guangxi, is building a new energy vehicle industry cluster aimed at the ASEAN market, with output from its new energy industry up 3822.5 percent year on year in January–August 2023.
# The place the release was issued from. The value is its name (NewsML "located");
# .dateline is how the dateline prints it (English datelines use capitals).
place = Beijing
    .dateline = BEIJING

## Body paragraphs body-1, body-2, … in order. The dateline is printed before the first one.

body-1 = In recent years, Qingxiu District in Nanning City, south China’s Guangxi Zhuang Autonomous Region, has positioned itself to cater to consumers in Association of Southeast Asian Nations (ASEAN) by boosting the new energy vehicle (NEV) industry.
body-2 = The district is turning into a production hub for NEV oriented towards the ASEAN market, with more projects from leading companies including Hozon Auto, Do-Fluoride Chemicals (DFD), Huawei, and BYD launching in Qingxiu.
body-3 = Qingxiu District, as a pacesetter in Guangxi for high-quality urban development and county-level economic growth, has pooled a large number of industries that are major contributors to regional economy, including new energy batteries, new energy vehicles, digital economy, and modern services. To attract more enterprises in the NEV sector at a faster pace, Qingxiu District has redoubled efforts to improve services in transportation, housing, and other areas.
body-4 = Data shows that from January to August this year, Qingxiu District’s industrial output from enterprises above designated size reached 5.234 billion yuan, a remarkable 92.15 percent year-on-year increase. The new energy industry contributed 3.138 billion yuan during this period, up by a significant 3822.5 percent from the previous year.
body-5 = As the place where the China-ASEAN Expo is held, Qingxiu District is home to six consulates general and 14 trade liaison offices representing different countries and regions.
body-6 = With the global shift towards carbon neutrality and the growing trend of electrification in the ASEAN automotive industry, new energy vehicles show great potential in the ASEAN market. In 2022, electric vehicle sales in ASEAN surged to 34,000.
body-7 = Looking ahead, Qingxiu District will focus on building a China-ASEAN cross-border industrial integration and cooperation zone. Meanwhile, it will facilitate projects like the HGTECH ASEAN Center and DFD Sodium Battery Production project for the development of the whole industry chain.
# Caption of the photo "lingli-park", shown under it; .alt describes the image for screen readers.
photo-lingli-park = The photo shows an NEV production site at Lingli Industrial Park, with newly manufactured vehicles lined up for delivery.
    .alt = Rows of newly built new energy vehicles parked at a factory site in Lingli Industrial Park

## Keywords (feed categories, NewsML keywords): keyword-<key> for each key listed in the release file.

keyword-nev = new energy vehicles
keyword-asean = ASEAN
keyword-qingxiu = Qingxiu District
keyword-nanning = Nanning
keyword-industry-cluster = industry cluster
