### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
# IPTC publishes no Indonesian labels: these are translations, in lower case.
medtop-04000000 = ekonomi, bisnis, dan keuangan
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = otomotif
# …> products and services > energy and resource > renewable energy
medtop-20000257 = energi terbarukan
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = produksi industri
# …> economy > international trade
medtop-20000373 = perdagangan internasional
# politics and government > government policy > regional development policy
medtop-20001174 = kebijakan pembangunan regional
