### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
medtop-04000000 = 经济、商业和金融
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = 汽车制造
# …> products and services > energy and resource > renewable energy
medtop-20000257 = 可替代能源
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = 工业生产
# …> economy > international trade
medtop-20000373 = 国际贸易
# politics and government > government policy > regional development policy
medtop-20001174 = 区域发展政策
