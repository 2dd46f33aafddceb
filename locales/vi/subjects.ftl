### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
# vi: IPTC publishes no Vietnamese labels; these are translations in lower case.
medtop-04000000 = kinh tế, kinh doanh và tài chính
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = ngành ô tô
# …> products and services > energy and resource > renewable energy
medtop-20000257 = năng lượng tái tạo
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = sản xuất công nghiệp
# …> economy > international trade
medtop-20000373 = thương mại quốc tế
# politics and government > government policy > regional development policy
medtop-20001174 = chính sách phát triển vùng
