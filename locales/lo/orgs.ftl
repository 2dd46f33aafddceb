### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = ສູນຂ່າວ Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# Xinhua is ຊິນຫົວ as KPL writes it; Silk Road is ເສັ້ນທາງສາຍໄໝ.
org-xinhua-silk-road = ຊິນຫົວ ເສັ້ນທາງສາຍໄໝ
# Distributor of the reference release.
# No established Lao name: the Latin-script brand is kept, as in Lao press.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
