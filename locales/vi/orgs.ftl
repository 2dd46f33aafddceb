### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Tòa soạn Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# vi: kept as the service's Latin-script brand, as Vietnamese media and PR Newswire's Vietnamese releases print it; a calque such as "Con đường Tơ lụa Tân Hoa Xã" is not established.
org-xinhua-silk-road = Xinhua Silk Road
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
# vi: Tân Hoa xã as TTXVN writes it; CEIS has no established Vietnamese name and is kept as the agency writes it.
org-xinhua-silk-road-about = Xinhua Silk Road là dịch vụ thông tin kinh tế của Tân Hoa xã, do China Economic Information Service (CEIS) vận hành. Dịch vụ này đưa tin về thương mại, đầu tư và hợp tác kinh tế giữa Trung Quốc với các đối tác dọc tuyến “Vành đai và Con đường”.
# Distributor of the reference release.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
