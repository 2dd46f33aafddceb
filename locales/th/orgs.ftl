### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = ห้องข่าว Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# th: ซินหัว as in สำนักข่าวซินหัว; "Silk Road" transliterated as the service's brand name.
org-xinhua-silk-road = ซินหัว ซิลก์โรด
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
# th: CEIS has no established Thai name and is kept in Latin script, as Thai business press does for such agencies.
org-xinhua-silk-road-about = ซินหัว ซิลก์โรด เป็นบริการข้อมูลข่าวสารด้านเศรษฐกิจของสำนักข่าวซินหัว ดำเนินงานโดย China Economic Information Service (CEIS) และนำเสนอข่าวสารด้านการค้า การลงทุน และความร่วมมือทางเศรษฐกิจระหว่างจีนกับประเทศหุ้นส่วนตามแนว “แถบและเส้นทาง”
# Distributor of the reference release.
# th: running text uses the Thai transliteration; PR Newswire's own Thai releases keep /PRNewswire/ in the dateline.
org-prnewswire = พีอาร์นิวส์ไวร์
    .dateline = PRNewswire
