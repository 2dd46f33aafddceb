### Names of IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/), as IPTC publishes them.
### One message per qcode used by a release or channel: medtop:20000296 is medtop-20000296.

# economy, business and finance (top level)
# my: IPTC publishes no Burmese labels; these are translations.
medtop-04000000 = စီးပွားရေး၊ လုပ်ငန်းနှင့် ဘဏ္ဍာရေး
# …> products and services > manufacturing and engineering > automotive
medtop-20000296 = မော်တော်ယာဉ်လုပ်ငန်း
# …> products and services > energy and resource > renewable energy
medtop-20000257 = ပြန်လည်ပြည့်ဖြိုးမြဲ စွမ်းအင်
# …> economy > economic trends and indicators > industrial production
medtop-20000360 = စက်မှုထုတ်လုပ်မှု
# …> economy > international trade
medtop-20000373 = နိုင်ငံတကာ ကုန်သွယ်ရေး
# politics and government > government policy > regional development policy
medtop-20001174 = ဒေသဖွံ့ဖြိုးရေး မူဝါဒ
