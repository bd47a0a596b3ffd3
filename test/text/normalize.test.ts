import { expect } from '@open-wc/testing';
import { normalizeForSpeech } from '../../src/text/normalize.js';

/** Whitespace-separated words of `text` as [start, end) spans (U+FEFF joins, it is no space). */
function words(text: string): Array<[number, number]> {
  return [...text.matchAll(/(?:\S|\uFEFF)+/gu)].map(m => [m.index, m.index + m[0].length]);
}

/**
 * Every spoken word lands on the original word it came from: its last character maps inside
 * one original word, its start (but at offset 0, which maps to 0 by contract) inside the same
 * word, its end no further than that word's end; an unchanged word's characters map onto
 * its exact span.
 */
function expectWordsLand(input: string): void {
  const spoken = normalizeForSpeech(input);
  const source = words(input);
  for (const [a, b] of words(spoken.text)) {
    const word = spoken.text.slice(a, b);
    const last = spoken.toSource(b - 1);
    const home = source.find(([s, e]) => last >= s && last < e);
    expect(home, `"${word}" (last char → ${last}) lands in no original word`).to.exist;
    const [s, e] = home!;
    const start = spoken.toSource(a);
    const end = spoken.toSource(b);
    if (a > 0) expect(start, `start of "${word}"`).to.be.within(s, e - 1);
    if (b < spoken.text.length) expect(end, `end of "${word}"`).to.be.at.most(e);
    if (input.slice(s, e) === word && a > 0) expect([start, last + 1], `"${word}" unchanged`).to.deep.equal([s, e]);
  }
}

/** [what we write, what the voice should hear]. Sentences are our own. */
const CASES: ReadonlyArray<readonly [string, string]> = [
  // presentation forms (NFKC, per character)
  ['قال النبي ﷺ في الحديث', 'قال النبي صلى الله عليه وَسَلَّمَ في الحديث'],
  ['النبيﷺ قال', 'النبي صلى الله عليه وَسَلَّمَ قال'],
  ['ﻻ أعرف', 'لا أعرف'],
  ['ﺑﺴﻢ الله', 'بسم الله'],
  ['ﷻ', 'جل جلاله'],
  // tatweel, invisible and bidi controls; harakat stay
  ['اللغة العربيـــة جميلة', 'اللغة العربية جميلة'],
  ['كتـاب', 'كتاب'],
  ['مر\u200Cحبا \u200Fبكم\u200E', 'مرحبا بكم'],
  ['\u202Bنص مضمن\u202C هنا', 'نص مضمن هنا'],
  ['\u2067عزل\u2069 و\uFEFFبداية\u061C', 'عزل وبداية'],
  ['كَتَبَ الطَّالِبُ دَرْسَهُ', 'كَتَبَ الطَّالِبُ دَرْسَهُ'],
  ['قُرْآنٌ ﹰ', 'قُرْآنٌ ً'],
  // digits, decimals, group separators
  ['وصل ١٢٣ مسافرا', 'وصل 123 مسافرا'],
  ['في عام ۱۴۰۲ الشمسي', 'في عام 1402 الشمسي'],
  ['النمو ٣٫٥ في السنة', 'النمو 3.5 في السنة'],
  ['بلغ العدد 1,000,000 نسمة', 'بلغ العدد 1000000 نسمة'],
  ['بلغ العدد ١٬٢٥٠٬٠٠٠ نسمة', 'بلغ العدد 1250000 نسمة'],
  ['الثمن 2,500.75 تقريبا', 'الثمن 2500.75 تقريبا'],
  ['الأرقام 1,2,3 مرتبة', 'الأرقام 1,2,3 مرتبة'],
  ['القيمة 12,34 فقط', 'القيمة 12.34 فقط'],
  // percent
  ['ارتفعت الأسعار 50% هذا الشهر', 'ارتفعت الأسعار 50 بالمِئَة هذا الشهر'],
  ['نسبة 50 % فقط', 'نسبة 50 بالمِئَة فقط'],
  ['نسبة ٪50 من الطلاب', 'نسبة 50 بالمِئَة من الطلاب'],
  ['نسبة ٥٠٪ من الطلاب', 'نسبة 50 بالمِئَة من الطلاب'],
  ['زاد 12.5% عن العام الماضي', 'زاد 12.5 بالمِئَة عن العام الماضي'],
  // minus
  ['الحرارة -5 ليلا', 'الحرارة سالب 5 ليلا'],
  ['التغير (−3.5) نقطة', 'التغير (سالب 3.5) نقطة'],
  ['الرصيد (−20) دينارا', 'الرصيد (سالب 20) دينارا'],
  ['-3 هي النتيجة', 'سالب 3 هي النتيجة'],
  ['طرح 10 - 3 يعطي 7', 'طرح 10 - 3 يعطي 7'],
  // ranges and year spans
  ['اقرأ الصفحات 5-10 غدا', 'اقرأ الصفحات من 5 إلى 10 غدا'],
  ['خلال الفترة 2010–2020 تغير كل شيء', 'خلال الفترة من 2010 إلى 2020 تغير كل شيء'],
  ['بين 2010-2020 تغير كل شيء', 'بين 2010 و2020 تغير كل شيء'],
  ['من 3-7 أيام', 'من 3 إلى 7 أيام'],
  ['فاز الفريق 2-1 أمس', 'فاز الفريق 2 مقابل 1 أمس'],
  ['الرقم ٥-١٠ صحيح', 'الرقم من 5 إلى 10 صحيح'],
  // dates
  ['صدر القرار في 2023/11/28 صباحا', 'صدر القرار في 28 نوفمبر 2023 صباحا'],
  ['صدر القرار في 28/11/2023 صباحا', 'صدر القرار في 28 نوفمبر 2023 صباحا'],
  ['صدر القرار في 28-11-2023 صباحا', 'صدر القرار في 28 نوفمبر 2023 صباحا'],
  ['موعدنا ٠٣/٠١/٢٠٢٤ إن شاء الله', 'موعدنا 3 يناير 2024 إن شاء الله'],
  ['تاريخ 2024-02-09.', 'تاريخ 9 فبراير 2024.'],
  ['التاريخ 12/25/2023 بالتقويم الأمريكي', 'التاريخ 25 ديسمبر 2023 بالتقويم الأمريكي'],
  ['ليس تاريخا 13/13/2023 ولا 2023/02/30', 'ليس تاريخا 13/13/2023 ولا 2023/02/30'],
  // times
  ['يبدأ الدوام 7:30 كل يوم', 'يبدأ الدوام الساعة 7 و30 دقيقة كل يوم'],
  ['وصل القطار 19:05 تماما', 'وصل القطار الساعة 19 و5 دَقَائِق تماما'],
  ['الاجتماع الساعة 7:00 مساء', 'الاجتماع الساعة 7 مساء'],
  ['موعد الإفطار 6:45 م', 'موعد الإفطار الساعة 6 و45 دقيقة مَسَاءً'],
  ['يستيقظ ٥:٠١ ص', 'يستيقظ الساعة 5 و دَقِيقَة صَبَاحًا'],
  ['الدوام من 8:30 إلى 14:15 م.', 'الدوام من الساعة 8 و30 دقيقة إلى الساعة 14 و15 دقيقة مَسَاءً.'],
  ['سجل الهدف في الدقيقة 12:40 من الشوط', 'سجل الهدف في الدقيقة 12:40 من الشوط'],
  // abbreviations
  ['ولد عام 1950م في القاهرة', 'ولد عام 1950 ميلادي في القاهرة'],
  ['انتهى البناء سنة 1200 م.', 'انتهى البناء سنة 1200 ميلادي.'],
  ['توفي سنة 1445هـ بعد مرض', 'توفي سنة 1445 هجري بعد مرض'],
  ['وقعت سنة 61 ه.', 'وقعت سنة 61 هجري.'],
  ['بنيت المدينة عام 500 ق.م تقريبا', 'بنيت المدينة عام 500 قبل الميلاد تقريبا'],
  ['حكم حتى 30 ق.م.', 'حكم حتى 30 قبل الميلاد.'],
  ['راسلونا على ص.ب 4455 الرياض', 'راسلونا على صندوق بريد 4455 الرياض'],
  ['العنوان ص.ب. 12 جدة', 'العنوان صندوق بريد 12 جدة'],
  ['كرمت الجامعة أ. د. هدى', 'كرمت الجامعة الأستاذ الدكتور هدى'],
  ['ازدهرت الفترة ١٩٩٠-١٩٩٥م', 'ازدهرت الفترة من 1990 إلى 1995 ميلادي'],
  ['حاضر أ.د. سامي في القاعة', 'حاضر الأستاذ الدكتور سامي في القاعة'],
  ['قالت د. ليلى إن العلاج متاح', 'قالت الدكتور ليلى إن العلاج متاح'],
  ['صمم م. خالد الجسر', 'صمم المهندس خالد الجسر'],
  ['اشترى خبزا وجبنا إلخ.', 'اشترى خبزا وجبنا إلى آخِرِه.'],
  ['قطع 50 م فقط', 'قطع 50 م فقط'],
  // currency
  ['سعر الكتاب $50 فقط', 'سعر الكتاب 50 دولار فقط'],
  ['سعر الكتاب 50$ فقط', 'سعر الكتاب 50 دولار فقط'],
  ['التذكرة €20 للطالب', 'التذكرة 20 يورو للطالب'],
  ['الرسوم £15 سنويا', 'الرسوم 15 جنيه إسترليني سنويا'],
  ['كلف ¥300 فقط', 'كلف 300 ين فقط'],
  ['دفع 75﷼ للمتجر', 'دفع 75 ريال للمتجر'],
  ['الإيجار 3000 ر.س شهريا', 'الإيجار 3000 ريال سعودي شهريا'],
  ['الوجبة 120 ج.م فقط', 'الوجبة 120 جنيه مصري فقط'],
  ['الرسوم 250 د.إ للفرد', 'الرسوم 250 درهم إماراتي للفرد'],
  ['جمعت الشركة $5 مليون العام الماضي', 'جمعت الشركة 5 مِلْيُون دولار العام الماضي'],
  ['بلغت الصفقة $2.5 مليار', 'بلغت الصفقة 2.5 مِلْيَار دولار'],
  ['الأسعار 10-20$ للقطعة', 'الأسعار من 10 إلى 20 دولار للقطعة'],
  // symbols
  ['شركة العطار & أبناؤه', 'شركة العطار و أبناؤه'],
  ['الحرارة 30° اليوم', 'الحرارة 30 درجة اليوم'],
  ['الحرارة 30°C اليوم', 'الحرارة 30 درجة مِئَوِيَّة اليوم'],
  ['الحرارة 30°م اليوم', 'الحرارة 30 درجة مِئَوِيَّة اليوم'],
  ['الحرارة ٤٠℃ ظهرا', 'الحرارة 40 درجة مِئَوِيَّة ظهرا'],
  ['الحرارة -5°C ليلا', 'الحرارة سالب 5 درجة مِئَوِيَّة ليلا'],
  ['• البند الأول\n• البند الثاني', 'البند الأول\nالبند الثاني'],
  ['الشاي▪القهوة', 'الشاي القهوة'],
  ['نشر الوسم #يوم_اللغة_العربية أمس', 'نشر الوسم يوم اللغة العربية أمس'],
  ['المرتبة # الأولى', 'المرتبة الأولى'],
  ['لغة C# قديمة', 'لغة C# قديمة'],
  // links and e-mail
  ['زوروا https://www.example.com/path?q=1 للمزيد', 'زوروا example.com للمزيد'],
  ['الرابط: http://news.example.org/2023/11/28/article.html.', 'الرابط: news.example.org.'],
  ['موقعنا www.example.net، شكرا', 'موقعنا example.net، شكرا'],
  ['(https://example.com/a)', '(example.com)'],
  ['انظر http://192.168.1.1/admin الآن', 'انظر رابط الآن'],
  ['راسلونا على info@example.com اليوم', 'راسلونا على info at example dot com اليوم'],
  ['اكتب إلى sara.ali_99@mail.example.org.', 'اكتب إلى sara dot ali underscore 99 at mail dot example dot org.'],
  // emoji
  ['مبروك 🎉 للجميع', 'مبروك للجميع'],
  ['أحسنت👍🏽', 'أحسنت'],
  ['العائلة👨‍👩‍👧سعيدة', 'العائلة سعيدة'],
  ['فاز 🇸🇦 اليوم', 'فاز اليوم'],
  ['قلب ❤️ كبير', 'قلب كبير'],
  ['🏳️‍🌈 علم ملون', 'علم ملون'],
  ['١️⃣ البند الأول', '1 البند الأول'],
  ['رائع‼', 'رائع‼'],
  // everything else unchanged
  ['The meeting is at noon, OK?', 'The meeting is at noon, OK?'],
  ['قال: "نعم"، ثم غادر!', 'قال: "نعم"، ثم غادر!'],
  ['العدد 42 ثابت', 'العدد 42 ثابت'],
  ['', ''],
];

describe('normalizeForSpeech', () => {
  describe('rewrites what the voice would misread', () => {
    for (const [input, spoken] of CASES) {
      it(`${JSON.stringify(input)} → ${JSON.stringify(spoken)}`, () => {
        expect(normalizeForSpeech(input).text).to.equal(spoken);
      });
    }
  });

  describe('maps every spoken word back onto the word it came from', () => {
    for (const [input] of CASES) {
      it(JSON.stringify(input), () => expectWordsLand(input));
    }
  });

  it('leaves its own output alone (normalizing twice changes nothing)', () => {
    for (const [, spoken] of CASES) expect(normalizeForSpeech(spoken).text, spoken).to.equal(spoken);
  });

  it('keeps unchanged text as the same object-free identity (0..n ↦ 0..n)', () => {
    const input = 'جملة عادية بلا رموز.';
    const spoken = normalizeForSpeech(input);
    expect(spoken.text).to.equal(input);
    for (let i = 0; i <= input.length; i++) expect(spoken.toSource(i)).to.equal(i);
  });

  it('maps an unchanged word exactly even after a rewrite before it', () => {
    const input = 'ارتفع 50% أمس في المدينة';
    const spoken = normalizeForSpeech(input);
    const at = spoken.text.indexOf('المدينة');
    expect(spoken.toSource(at)).to.equal(input.indexOf('المدينة'));
    expect(spoken.toSource(at + 'المدينة'.length)).to.equal(input.length);
  });

  it('uses Levant month names for ar-LB and ar-SY', () => {
    expect(normalizeForSpeech('في 28/11/2023', { lang: 'ar-LB' }).text).to.equal('في 28 تشرين الثاني 2023');
    expect(normalizeForSpeech('في 2024/01/05', { lang: 'ar-SY' }).text).to.equal('في 5 كانون الثاني 2024');
    expect(normalizeForSpeech('في 28/11/2023', { lang: 'ar-EG' }).text).to.equal('في 28 نوفمبر 2023');
  });

  it('applies only the character cleanup to non-Arabic text', () => {
    expect(normalizeForSpeech('Up 50% at 7:30 😀 ٣', { lang: 'en' }).text).to.equal('Up 50% at 7:30 3');
  });

  it('is fast: well under a millisecond for a 200-character sentence', () => {
    const sentence =
      'أعلنت الوزارة في 2023/11/28 أن الأسعار ارتفعت 12.5% خلال الفترة 2010–2020، وأن الاجتماع القادم الساعة 7:30 م ' +
      'في مقرها بالرياض، ص.ب 4455، ويمكن زيارة https://www.example.com للمزيد 🎉.';
    for (let i = 0; i < 200; i++) normalizeForSpeech(sentence); // warm up
    const runs = 2000;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) normalizeForSpeech(sentence);
    const perCall = (performance.now() - t0) / runs;
    expect(perCall, `${(perCall * 1000).toFixed(1)} µs per sentence`).to.be.below(0.5);
  });
});
