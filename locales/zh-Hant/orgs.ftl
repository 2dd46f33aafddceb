### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Silkwire 新聞中心
# Issuer of the reference release: Xinhua News Agency's economic information service.
org-xinhua-silk-road = 新華絲路
# Distributor of the reference release.
org-prnewswire = 美通社
    .dateline = 美通社
