### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Silkwire செய்திப் பிரிவு
# Issuer of the reference release: Xinhua News Agency's economic information service.
# Xinhua is சின்ஹுவா as Tamil Murasu writes it; Silk Road is பட்டுப் பாதை.
org-xinhua-silk-road = சின்ஹுவா பட்டுப் பாதை
# Distributor of the reference release.
# No established Tamil name: the Latin-script brand is kept.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
