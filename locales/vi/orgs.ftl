### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Tòa soạn Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# vi: kept as the service's Latin-script brand, as Vietnamese media and PR Newswire's Vietnamese releases print it; a calque such as "Con đường Tơ lụa Tân Hoa Xã" is not established.
org-xinhua-silk-road = Xinhua Silk Road
# Distributor of the reference release.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
