### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Silkwire 新聞中心
# Issuer of the reference release: Xinhua News Agency's economic information service.
org-xinhua-silk-road = 新華絲路
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
# zh-Hant: 中國經濟信息社 is the agency's own name and keeps 信息; the description uses Taiwan/Hong Kong 資訊, 營運, 報導 and 「」.
org-xinhua-silk-road-about = 新華絲路是新華社旗下的經濟資訊服務平台，由中國經濟信息社營運，報導中國與「一帶一路」沿線合作夥伴之間的貿易、投資與經濟合作。
# Distributor of the reference release.
org-prnewswire = 美通社
    .dateline = 美通社
