### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Silid-Balitaan ng Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# fil: Latin-script service brand, kept as Philippine outlets print it.
org-xinhua-silk-road = Xinhua Silk Road
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
# fil: "Belt and Road" is kept as the initiative's name, as Philippine media and CRI Filipino print it; there is no established Filipino rendering.
org-xinhua-silk-road-about = Ang Xinhua Silk Road ay isang serbisyo ng impormasyong pang-ekonomiya ng ahensiyang pambalitang Xinhua at pinatatakbo ng China Economic Information Service (CEIS). Nag-uulat ito tungkol sa kalakalan, pamumuhunan at kooperasyong pang-ekonomiya sa pagitan ng Tsina at ng mga katuwang nito sa kahabaan ng Belt and Road.
# Distributor of the reference release.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
