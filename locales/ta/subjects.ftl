### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
# IPTC publishes no Tamil labels: natural Singapore Tamil (பொருளியல் = economy, அனைத்துலக = international).
medtop-04000000 = பொருளியல், வர்த்தகம், நிதி
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = வாகனத் துறை
# …> products and services > energy and resource > renewable energy
medtop-20000257 = புதுப்பிக்கத்தக்க எரிசக்தி
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = தொழில்துறை உற்பத்தி
# …> economy > international trade
medtop-20000373 = அனைத்துலக வர்த்தகம்
# politics and government > government policy > regional development policy
medtop-20001174 = வட்டார வளர்ச்சிக் கொள்கை
