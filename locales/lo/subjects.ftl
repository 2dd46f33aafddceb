### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
# IPTC publishes no Lao labels: these are natural Lao translations.
medtop-04000000 = ເສດຖະກິດ, ທຸລະກິດ ແລະ ການເງິນ
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = ອຸດສາຫະກຳລົດຍົນ
# …> products and services > energy and resource > renewable energy
medtop-20000257 = ພະລັງງານທົດແທນ
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = ການຜະລິດອຸດສາຫະກຳ
# …> economy > international trade
medtop-20000373 = ການຄ້າສາກົນ
# politics and government > government policy > regional development policy
medtop-20001174 = ນະໂຍບາຍພັດທະນາພາກພື້ນ
