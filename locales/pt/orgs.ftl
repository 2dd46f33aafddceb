### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Redação Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# Kept as the service's own Latin-script brand name, as Portuguese-language releases credit it.
org-xinhua-silk-road = Xinhua Silk Road
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
org-xinhua-silk-road-about = A Xinhua Silk Road é um serviço de informação económica da agência noticiosa Xinhua, gerido pelo China Economic Information Service (CEIS). Dedica-se à cobertura do comércio, do investimento e da cooperação económica entre a China e os seus parceiros da iniciativa Faixa e Rota.
# Distributor of the reference release.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
