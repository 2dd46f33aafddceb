### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
# km: IPTC publishes no Khmer labels; these are translations.
medtop-04000000 = សេដ្ឋកិច្ច ធុរកិច្ច និងហិរញ្ញវត្ថុ
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = ឧស្សាហកម្មយានយន្ត
# …> products and services > energy and resource > renewable energy
medtop-20000257 = ថាមពលកកើតឡើងវិញ
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = ផលិតកម្មឧស្សាហកម្ម
# …> economy > international trade
medtop-20000373 = ពាណិជ្ជកម្មអន្តរជាតិ
# politics and government > government policy > regional development policy
medtop-20001174 = គោលនយោបាយអភិវឌ្ឍន៍តំបន់
