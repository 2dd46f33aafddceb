### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
# zh-Hant: IPTC publishes no zh-Hant labels (only zh-Hans); these are translations in Taiwan usage.
medtop-04000000 = 經濟、商業與金融
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = 汽車產業
# …> products and services > energy and resource > renewable energy
medtop-20000257 = 再生能源
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = 工業生產
# …> economy > international trade
medtop-20000373 = 國際貿易
# politics and government > government policy > regional development policy
medtop-20001174 = 區域發展政策
