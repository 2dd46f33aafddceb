### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
medtop-04000000 = economy, business and finance
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = automotive
# …> products and services > energy and resource > renewable energy
medtop-20000257 = renewable energy
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = industrial production
# …> economy > international trade
medtop-20000373 = international trade
# politics and government > government policy > regional development policy
medtop-20001174 = regional development policy
