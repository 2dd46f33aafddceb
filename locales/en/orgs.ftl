### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Silkwire Newsroom
# Issuer of the reference release: Xinhua News Agency's economic information service.
# identical-ok: a brand name, which some languages keep in Latin script.
org-xinhua-silk-road = Xinhua Silk Road
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
org-xinhua-silk-road-about = Xinhua Silk Road is an economic information service of Xinhua News Agency, run by China Economic Information Service (CEIS). It covers trade, investment and economic cooperation between China and its partners along the Belt and Road.
# Distributor of the reference release.
# identical-ok: a brand name, which most languages keep in Latin script.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
