### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Silid-Balitaan ng Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# fil: Latin-script service brand, kept as Philippine outlets print it.
org-xinhua-silk-road = Xinhua Silk Road
# Distributor of the reference release.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
