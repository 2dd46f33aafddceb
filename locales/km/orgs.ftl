### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = បន្ទប់ព័ត៌មាន Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# km: ស៊ីនហួ is Xinhua's usual Khmer name; ផ្លូវសូត្រ = Silk Road.
org-xinhua-silk-road = ស៊ីនហួ ផ្លូវសូត្រ
# Distributor of the reference release.
# km: no established Khmer name; Cambodian media keep the brand in Latin script.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
