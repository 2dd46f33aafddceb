### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
medtop-04000000 = economia, negócios e finanças
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = indústria automóvel
# …> products and services > energy and resource > renewable energy
medtop-20000257 = energias renováveis
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = produção industrial
# …> economy > international trade
medtop-20000373 = comércio internacional
# politics and government > government policy > regional development policy
medtop-20001174 = política de desenvolvimento regional
