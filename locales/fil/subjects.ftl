### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
# fil: IPTC publishes no Filipino labels; these are translations, in lower case.
medtop-04000000 = ekonomiya, negosyo at pananalapi
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = industriya ng sasakyan
# …> products and services > energy and resource > renewable energy
medtop-20000257 = napapanibagong enerhiya
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = produksiyong industriyal
# …> economy > international trade
medtop-20000373 = pandaigdigang kalakalan
# politics and government > government policy > regional development policy
medtop-20001174 = patakaran sa kaunlarang panrehiyon
