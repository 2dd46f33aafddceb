### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Silkwire 新闻中心
# Issuer of the reference release: Xinhua News Agency's economic information service.
org-xinhua-silk-road = 新华丝路
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
org-xinhua-silk-road-about = 新华丝路是新华社旗下的经济信息服务平台，由中国经济信息社运营，报道中国与“一带一路”沿线合作伙伴之间的贸易、投资与经济合作。
# Distributor of the reference release.
org-prnewswire = 美通社
    .dateline = 美通社
