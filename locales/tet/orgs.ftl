### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Redasaun Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# Kept as the service's own Latin-script brand name; Tetum press keeps foreign brand names as they are.
org-xinhua-silk-road = Xinhua Silk Road
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
# tet: the initiative keeps its Portuguese name “Faixa e Rota”, quoted, as used in Timor-Leste (no Tetum calque is established; Faixa and Rota are not Tetum words).
org-xinhua-silk-road-about = Xinhua Silk Road nu’udar servisu informasaun ekonómika ida hosi ajénsia notísia Xinhua, no China Economic Information Service (CEIS) mak jere nia. Servisu ne’e kobre komérsiu, investimentu no kooperasaun ekonómika entre Xina no nia parseiru sira iha inisiativa “Faixa e Rota”.
# Distributor of the reference release.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
