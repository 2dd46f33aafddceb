### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Silkwire သတင်းခန်း
# Issuer of the reference release: Xinhua News Agency's economic information service.
# my: ဆင်ဟွာ is Xinhua's established Burmese name; ပိုးလမ်းမ = Silk Road, as Xinhua's Burmese service writes it.
org-xinhua-silk-road = ဆင်ဟွာ ပိုးလမ်းမ
# Distributor of the reference release.
# my: no established Burmese name; Myanmar media keep the brand in Latin script.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
