### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
medtop-04000000 = ekonomia, negósiu no finansas
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = indústria karreta
# …> products and services > energy and resource > renewable energy
medtop-20000257 = enerjia renovavel
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = produsaun industriál
# …> economy > international trade
medtop-20000373 = komérsiu internasionál
# politics and government > government policy > regional development policy
medtop-20001174 = polítika dezenvolvimentu rejionál
