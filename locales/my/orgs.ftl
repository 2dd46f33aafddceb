### Names of the organisations that feeds/ refers to by id (issuers, distributors, photo credits,
### the publisher). .dateline is the name as wire datelines print it, where that differs.

# The publisher of these feeds and the NewsML provider (the sample's own newsroom).
org-silkwire-newsroom = Silkwire သတင်းခန်း
# Issuer of the reference release: Xinhua News Agency's economic information service.
# my: ဆင်ဟွာ is Xinhua's established Burmese name; ပိုးလမ်းမ = Silk Road, as Xinhua's Burmese service writes it.
org-xinhua-silk-road = ဆင်ဟွာ ပိုးလမ်းမ
# "About" section printed at the end of every release Xinhua Silk Road issues (under label-about).
# my: CEIS has no established Burmese name; Myanmar media keep such names in Latin script.
org-xinhua-silk-road-about = ဆင်ဟွာ ပိုးလမ်းမသည် ဆင်ဟွာသတင်းဌာန၏ စီးပွားရေးသတင်းအချက်အလက် ဝန်ဆောင်မှုတစ်ခုဖြစ်ပြီး China Economic Information Service (CEIS) က စီမံလည်ပတ်သည်။ ဤဝန်ဆောင်မှုသည် တရုတ်နိုင်ငံနှင့် “ခါးပတ်နှင့်လမ်း” တစ်လျှောက်ရှိ မိတ်ဖက်နိုင်ငံများအကြား ကုန်သွယ်ရေး၊ ရင်းနှီးမြှုပ်နှံမှုနှင့် စီးပွားရေးပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ သတင်းများကို ဖော်ပြသည်။
# Distributor of the reference release.
# my: no established Burmese name; Myanmar media keep the brand in Latin script.
org-prnewswire = PR Newswire
    .dateline = PRNewswire
