### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = បន្ទប់ព័ត៌មាន Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# km: ស៊ីនហួ is Xinhua's usual Khmer name; ផ្លូវសូត្រ = Silk Road.
org-xinhua-silk-road = ស៊ីនហួ ផ្លូវសូត្រ
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
# km: CEIS has no established Khmer name; Cambodian media keep such names in Latin script.
org-xinhua-silk-road-about = ស៊ីនហួ ផ្លូវសូត្រ គឺជាសេវាព័ត៌មានសេដ្ឋកិច្ចរបស់ទីភ្នាក់ងារសារព័ត៌មានស៊ីនហួ ហើយស្ថិតក្រោមការគ្រប់គ្រងរបស់ China Economic Information Service (CEIS)។ សេវានេះផ្សាយព័ត៌មានអំពីពាណិជ្ជកម្ម ការវិនិយោគ និងកិច្ចសហប្រតិបត្តិការសេដ្ឋកិច្ច រវាងប្រទេសចិន និងដៃគូនានានៅតាមបណ្ដោយ «ខ្សែក្រវ៉ាត់ និងផ្លូវ»។
# Distributor of the reference release.
# km: no established Khmer name; Cambodian media keep the brand in Latin script.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
