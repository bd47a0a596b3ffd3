import { expect } from '@open-wc/testing';
import { segmentSentences } from '../../src/text/index.js';
import { sentences } from './helpers.js';

describe('segmentSentences: terminators and line breaks', () => {
  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('')).to.deep.equal([]);
    expect(segmentSentences('  \n\t \u2029 ')).to.deep.equal([]);
  });

  it('splits after a full stop and trims the spaces between sentences', () => {
    const text = '  ذهب الولد إلى المدرسة.   عاد في المساء.  ';
    expect(segmentSentences(text)).to.deep.equal([
      { start: 2, end: 24 },
      { start: 27, end: 41 },
    ]);
    expect(sentences(text)).to.deep.equal(['ذهب الولد إلى المدرسة.', 'عاد في المساء.']);
  });

  it('ends sentences at ! ? ؟ and the Arabic full stop ۔', () => {
    expect(sentences('يا له من يوم جميل! هل رأيت الشمس؟ Is it hot? نعم۔ انتهى')).to.deep.equal([
      'يا له من يوم جميل!',
      'هل رأيت الشمس؟',
      'Is it hot?',
      'نعم۔',
      'انتهى',
    ]);
  });

  it('keeps a run of marks together', () => {
    expect(sentences('حقا؟! لا أصدق!!! حسنا.')).to.deep.equal(['حقا؟!', 'لا أصدق!!!', 'حسنا.']);
  });

  it('ends sentences at line breaks, including U+2029', () => {
    expect(sentences('عنوان الخبر\nنص الخبر الأول\u2029نص الخبر الثاني\r\nالخاتمة')).to.deep.equal([
      'عنوان الخبر',
      'نص الخبر الأول',
      'نص الخبر الثاني',
      'الخاتمة',
    ]);
  });

  it('does not end sentences at ، ؛ , :', () => {
    const text = 'اشترينا التفاح، والموز؛ ثم قلنا: لنعد, وعدنا.';
    expect(sentences(text)).to.deep.equal([text]);
  });

  it('ends at an ellipsis only at the end of a line', () => {
    expect(sentences('كنت أظن... لكنني كنت مخطئا.')).to.have.length(1);
    expect(sentences('انتظرنا طويلا… ثم وصل القطار.')).to.have.length(1);
    expect(sentences('انتظرنا طويلا…\nثم وصل القطار.')).to.deep.equal(['انتظرنا طويلا…', 'ثم وصل القطار.']);
    expect(sentences('وبقي السؤال معلقا...')).to.deep.equal(['وبقي السؤال معلقا...']);
  });
});

describe('segmentSentences: quotes and brackets', () => {
  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentences('قال المدير: "انتهى الاجتماع." ثم غادر القاعة.')).to.deep.equal([
      'قال المدير: "انتهى الاجتماع."',
      'ثم غادر القاعة.',
    ]);
    for (const [open, close] of [
      ['«', '»'],
      ['(', ')'],
      ['[', ']'],
      ['‘', '’'],
      ["'", "'"],
      ['“', '”'],
    ]) {
      const text = `كتبت: ${open}وصلنا بالسلامة!${close} ونمنا مبكرا.`;
      expect(sentences(text), text).to.deep.equal([`كتبت: ${open}وصلنا بالسلامة!${close}`, 'ونمنا مبكرا.']);
    }
  });

  it('keeps `".` and `."` together', () => {
    expect(sentences('قال: "انتهينا". ثم خرج.')).to.deep.equal(['قال: "انتهينا".', 'ثم خرج.']);
    expect(sentences('قال: "انتهينا." ثم خرج.')).to.deep.equal(['قال: "انتهينا."', 'ثم خرج.']);
    expect(sentences('قال: «انتهينا».» ثم خرج.')).to.deep.equal(['قال: «انتهينا».»', 'ثم خرج.']);
  });

  it('treats a “ typed after a space at the end of a line as closing', () => {
    expect(sentences('وهذا هو سر النجاح. “\nفقرة جديدة تبدأ هنا.')).to.deep.equal([
      'وهذا هو سر النجاح. “',
      'فقرة جديدة تبدأ هنا.',
    ]);
    expect(sentences('قال: ”سنبدأ غدا.“ وفي الصباح بدأنا.')).to.deep.equal(['قال: ”سنبدأ غدا.“', 'وفي الصباح بدأنا.']);
  });

  it('keeps a quoted ! or ؟ with the speech tag that follows it', () => {
    expect(sentences('"هل ستأتي غدا؟" سألت الأم ابنها. فأجاب بنعم.')).to.deep.equal([
      '"هل ستأتي غدا؟" سألت الأم ابنها.',
      'فأجاب بنعم.',
    ]);
    expect(sentences('"هذا إنجاز رائع!" قال المدرب للاعبين.')).to.have.length(1);
    expect(sentences('"لن نتراجع أبدا!" كما أضاف الوزير في كلمته.')).to.have.length(1);
    expect(sentences('"لماذا تأخرت?" تساءلت المعلمة.')).to.have.length(1);
  });

  it('still splits after a quoted ؟ when no speech tag follows', () => {
    expect(sentences('"هل ستأتي غدا؟" ثم ساد صمت طويل.')).to.have.length(2);
    expect(sentences('"هذا رائع!" كما توقع الجميع.')).to.have.length(2);
  });

  it('never lets an unbalanced quote swallow the rest of the text', () => {
    expect(sentences('قال "بدأنا العمل. ثم توقفنا. وعدنا بعد ساعة.')).to.deep.equal([
      'قال "بدأنا العمل.',
      'ثم توقفنا.',
      'وعدنا بعد ساعة.',
    ]);
    expect(sentences('رفع لافتة كتب عليها « لا للحرب. ثم مشى بعيدا.')).to.have.length(2);
  });

  it('never splits at a closing quote with no terminator before it', () => {
    // A quoted title or phrase inside a sentence, followed by more of the same sentence.
    expect(sentences('قرأت رواية "الطريق إلى البيت البعيد" في ليلة واحدة.')).to.have.length(1);
    expect(sentences('وصف الخبراء الخطة بأنها "جريئة" لكنها مكلفة.')).to.have.length(1);
    expect(sentences('قالت الجارة: "كان الحي هادئا طوال الليل" ثم أغلقت الباب.')).to.have.length(1);
    expect(sentences('سمى الفريق مشروعه "نحو غد أخضر" "تجربة أولى" في البيان.')).to.have.length(1);
    expect(sentences('حملت اللافتة عبارة «لا للتلوث» وسط الساحة.')).to.have.length(1);
  });

  it('keeps the quotation with tags that take it as object (قالها، سألته)', () => {
    expect(sentences('"هل أنت جاد؟" سألته أمه بدهشة.')).to.have.length(1);
    expect(sentences('"لن أعود!" قالها بصوت مرتفع.')).to.have.length(1);
    expect(sentences('"متى نبدأ؟" أردف المدرب وهو يبتسم.')).to.have.length(1);
    expect(sentences('"يا له من فوز!" غرد اللاعب بعد المباراة.')).to.have.length(1);
    expect(sentences('"ألم يحن الوقت؟" شددت النائبة في كلمتها.')).to.have.length(1);
  });

  it('starts a new sentence when a reply verb follows a quoted question', () => {
    expect(sentences('"هل انتهى العمل؟" أجاب المدير بأن الفريق يحتاج أسبوعا آخر.')).to.deep.equal([
      '"هل انتهى العمل؟"',
      'أجاب المدير بأن الفريق يحتاج أسبوعا آخر.',
    ]);
    expect(sentences('«لماذا تأخرتم؟» ردّ السائق بأن الطريق كان مغلقا.')).to.have.length(2);
    // After an exclamation the same verb attributes the quotation itself.
    expect(sentences('"كفى!" ردّ الحارس بغضب.')).to.have.length(1);
  });

  it('starts a new sentence when the speech verb after a quoted ؟ or ! has its own إنّ/أنّ clause', () => {
    expect(sentences('"هل تأخر القطار؟" قال الموظف إن الرحلة ألغيت.')).to.have.length(2);
    expect(sentences('"يا للخسارة!" قالت الصحيفة بأنها كانت متوقعة.')).to.have.length(2);
    expect(sentences('"هل تأخر القطار؟" قال الموظف بهدوء.')).to.have.length(1);
    expect(sentences('"أين الوثائق؟" تساءل النائب، مضيفا أن الجلسة تأجلت.')).to.have.length(1);
  });
});

describe('segmentSentences: abbreviations and initials', () => {
  it('does not end at Arabic title abbreviations', () => {
    expect(sentences('حاضر د. أحمد في الجامعة أمس.')).to.have.length(1);
    expect(sentences('افتتح أ.د. سمير المؤتمر ثم تحدث م. خالد.')).to.have.length(1);
    expect(sentences('أرسلوا الطلبات إلى ص.ب. 1234 في العاصمة.')).to.have.length(1);
  });

  it('does not end at Latin titles', () => {
    expect(sentences('Mr. Smith met Dr. Jones and Prof. Lee at St. Mary hospital. ثم عادوا.')).to.have.length(2);
    expect(sentences('وصلت Mrs. Brown إلى U.S. embassy مبكرا.')).to.have.length(1);
  });

  it('does not end at single-letter initials in Arabic or Latin', () => {
    expect(sentences('كتب الرواية سامر ف. الحلبي في شبابه.')).to.have.length(1);
    expect(sentences('ألقى جون ك. ميلر كلمة، ثم تحدث John F. Kennedy Jr about it.')).to.have.length(1);
  });

  it('ends after a lone letter when a typical sentence opener follows', () => {
    expect(sentences('يحتاج الجسم إلى فيتامين د. ويعد نقصه شائعا.')).to.have.length(2);
    expect(sentences('تأهل الفريق عن المجموعة ب. ثم خسر في الدور التالي.')).to.have.length(2);
  });

  it('ends after a Latin initial followed by Arabic text', () => {
    expect(sentences('تنطق الكلمة بحرف u. وتكتب بحرف آخر.')).to.have.length(2);
  });

  it('ends after a Latin letter that follows an Arabic word, even before a Latin word', () => {
    expect(sentences('اعتمدت اللجنة الخطة B. The committee agreed.')).to.have.length(2);
    expect(sentences('F. Scott Fitzgerald wrote it. ثم نشرها.')).to.have.length(2);
    expect(sentences('قرأت عن J. R. R. Tolkien أمس.')).to.have.length(1);
  });

  it('does not end at transliterated two-letter initials', () => {
    expect(sentences('تعاقدت الشركة مع إم جي. حداد لتصميم الشعار.')).to.have.length(1);
  });

  it('does end after a spelled-out acronym of three letters', () => {
    expect(sentences('شاهدت الخبر على سي إن إن. ثم نمت.')).to.have.length(2);
  });

  it('treats era abbreviations and "etc." as possible sentence ends', () => {
    expect(sentences('بني المعبد عام 300 ق.م. وما زال قائما.')).to.have.length(2);
    expect(sentences('بني المعبد عام 300 ق.م تقريبا.')).to.have.length(1);
    expect(sentences('زرنا المتحف والحديقة إلخ. ثم رجعنا.')).to.have.length(2);
    expect(sentences('We bought bread, milk, etc. and went home.')).to.have.length(1);
    expect(sentences('We bought bread, milk, etc. Then we left.')).to.have.length(2);
    expect(sentences('انتهت الحرب عام 1945 م. وبدأ عهد جديد.')).to.have.length(2);
  });

  it('accepts extra abbreviations through options', () => {
    const text = 'التقى لواء. سامي بالجنود.';
    expect(sentences(text)).to.have.length(2);
    expect(sentences(text, { abbreviations: ['لواء'] })).to.have.length(1);
    expect(sentences(text, { abbreviations: new Set(['لواء.']) })).to.have.length(1);
  });

  it('turns one heuristic off through options.rules, leaving the others on', () => {
    const text = 'كتب الرواية سامر ف. الحلبي في شبابه. ثم سافر.';
    expect(sentences(text)).to.have.length(2);
    expect(sentences(text, { rules: { initials: false } })).to.deep.equal([
      'كتب الرواية سامر ف.',
      'الحلبي في شبابه.',
      'ثم سافر.',
    ]);
    // The defaults are not changed by a call that switched a rule off.
    expect(sentences(text)).to.have.length(2);
    expect(sentences('1. افتح الملف', { rules: { initials: false } })).to.have.length(1);
  });
});

describe('segmentSentences: numbers, lists, URLs and names', () => {
  it('does not split decimals', () => {
    expect(sentences('ارتفع السعر بنسبة 3.5 في المئة.')).to.have.length(1);
    expect(sentences('ارتفع السعر بنسبة ٣٫٥ في المئة.')).to.have.length(1);
    expect(sentences('ارتفع السعر بنسبة 3,5 في المئة.')).to.have.length(1);
    expect(sentences('بلغ العدد ١٢.٧ مليون نسمة.')).to.have.length(1);
  });

  it('keeps numbered list markers with their item', () => {
    expect(sentences('1. افتح الباب\n2. أغلق النافذة')).to.deep.equal(['1. افتح الباب', '2. أغلق النافذة']);
    expect(sentences('1. افتح الباب. 2. أغلق النافذة.')).to.deep.equal(['1. افتح الباب.', '2. أغلق النافذة.']);
    expect(sentences('١. اقرأ النص ثم أجب')).to.have.length(1);
  });

  it('does not split URLs, e-mail addresses or dotted names', () => {
    expect(sentences('زوروا https://example.com/a.b أو www.x.org لمزيد من التفاصيل.')).to.have.length(1);
    expect(sentences('راسلونا على info@mail.example.com اليوم.')).to.have.length(1);
    expect(sentences('أطلقت شركة 01.AI نموذجا يعمل مع Node.js بسرعة.')).to.have.length(1);
    expect(sentences('الموقع هو www.x.org. ونحن نحدثه يوميا.')).to.deep.equal([
      'الموقع هو www.x.org.',
      'ونحن نحدثه يوميا.',
    ]);
  });

  it('handles Latin words and mixed scripts', () => {
    expect(sentences('The meeting ended. بدأ الاجتماع التالي مع Google. Then we left!')).to.deep.equal([
      'The meeting ended.',
      'بدأ الاجتماع التالي مع Google.',
      'Then we left!',
    ]);
  });

  it('splits two Arabic sentences glued without a space', () => {
    expect(sentences('انتهى الدرس.بدأ التمرين')).to.deep.equal(['انتهى الدرس.', 'بدأ التمرين']);
  });
});
