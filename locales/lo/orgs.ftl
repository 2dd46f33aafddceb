### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = ສູນຂ່າວ Silkwire
# Issuer of the reference release: Xinhua News Agency's economic information service.
# Xinhua is ຊິນຫົວ as KPL writes it; Silk Road is ເສັ້ນທາງສາຍໄໝ.
org-xinhua-silk-road = ຊິນຫົວ ເສັ້ນທາງສາຍໄໝ
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
# lo: "ໜຶ່ງແລວ ໜຶ່ງເສັ້ນທາງ" as Lao press writes the Belt and Road; CEIS has no established Lao name and is kept in Latin script.
org-xinhua-silk-road-about = ຊິນຫົວ ເສັ້ນທາງສາຍໄໝ ແມ່ນບໍລິການຂໍ້ມູນຂ່າວສານດ້ານເສດຖະກິດຂອງສຳນັກຂ່າວຊິນຫົວ ແລະ ດຳເນີນງານໂດຍ China Economic Information Service (CEIS). ບໍລິການນີ້ລາຍງານຂ່າວກ່ຽວກັບການຄ້າ, ການລົງທຶນ ແລະ ການຮ່ວມມືດ້ານເສດຖະກິດ ລະຫວ່າງຈີນ ກັບ ບັນດາຄູ່ຮ່ວມມືທີ່ຢູ່ລຽບຕາມ “ໜຶ່ງແລວ ໜຶ່ງເສັ້ນທາງ”.
# Distributor of the reference release.
# No established Lao name: the Latin-script brand is kept, as in Lao press.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
