### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
# IPTC publishes no Malay labels: these are translations, in lower case.
medtop-04000000 = ekonomi, perniagaan dan kewangan
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = automotif
# …> products and services > energy and resource > renewable energy
medtop-20000257 = tenaga boleh baharu
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = pengeluaran perindustrian
# …> economy > international trade
medtop-20000373 = perdagangan antarabangsa
# politics and government > government policy > regional development policy
medtop-20001174 = dasar pembangunan wilayah
