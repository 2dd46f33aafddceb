### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Redaksi Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# Kept as the brand name: PR Newswire's Indonesian releases print "Xinhua Silk Road" untranslated.
org-xinhua-silk-road = Xinhua Silk Road
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
org-xinhua-silk-road-about = Xinhua Silk Road merupakan layanan informasi ekonomi milik Kantor Berita Xinhua dan dikelola oleh China Economic Information Service (CEIS). Layanan ini meliput perdagangan, investasi, dan kerja sama ekonomi antara China dan mitra-mitranya di sepanjang Sabuk dan Jalan.
# Distributor of the reference release.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
