### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Silkwire செய்திப் பிரிவு
# Issuer of the reference release: Xinhua News Agency's economic information service.
# Xinhua is சின்ஹுவா as Tamil Murasu writes it; Silk Road is பட்டுப் பாதை.
org-xinhua-silk-road = சின்ஹுவா பட்டுப் பாதை
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
# ta: CEIS is translated, as Tamil Murasu renders the descriptive names of institutions (சின்ஹுவா செய்தி நிறுவனம்), with its abbreviation in Tamil script as the glossary writes DFD (டிஎஃப்டி); நிறுவனம் carries the case ending.
org-xinhua-silk-road-about = சின்ஹுவா பட்டுப் பாதை, சின்ஹுவா செய்தி நிறுவனத்தின் பொருளியல் தகவல் சேவையாகும். சீனப் பொருளியல் தகவல் சேவை நிறுவனம் (சிஇஐஎஸ்) அதை நடத்துகிறது. சீனாவுக்கும் ‘பட்டையும் பாதையும்’ வழித்தடத்தில் உள்ள அதன் பங்காளி நாடுகளுக்கும் இடையிலான வர்த்தகம், முதலீடு, பொருளியல் ஒத்துழைப்பு ஆகியவை குறித்த செய்திகளை அது வழங்குகிறது.
# Distributor of the reference release.
# No established Tamil name: the Latin-script brand is kept.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
