// Our own Arabic sample paragraph (written for this benchmark, not from the
// corpus), repeated to build a 1 MB "normal article" input.
export const SAMPLE_PARAGRAPH = [
  'افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة، وحضر الافتتاح عدد كبير من الأهالي.',
  'قالت مديرة المكتبة د. سلمى ن. الخطيب إن المبنى يضم أكثر من ٣٠٬٠٠٠ كتاب باللغتين العربية والإنجليزية.',
  '"هل كنا نحلم بهذا قبل عشر سنوات؟" تساءلت إحدى الزائرات وهي تتصفح رفوف الأطفال.',
  'وأضاف المهندس م. سامي أن تكلفة المشروع بلغت 2.5 مليون دينار، وأن التمويل جاء من تبرعات السكان...',
  'يمكن حجز القاعات عبر الموقع www.example.org أو بالبريد info@example.org قبل أسبوع على الأقل.',
  'وتفتح المكتبة أبوابها من الساعة 9:30 صباحًا حتى المساء؛ أما يوم الجمعة فهي مغلقة!',
  'Visitors from abroad can read the guide by Mr. Smith, e.g. the chapter on Node.js workshops.',
].join(' ');

/** Repeats `unit` (joined by `sep`) until the result has at least `size` UTF-16 units. */
export function repeatTo(unit, size, sep = ' ') {
  const parts = [];
  let length = 0;
  while (length < size) {
    parts.push(unit);
    length += unit.length + sep.length;
  }
  return parts.join(sep);
}

/** 1 MB of Arabic words and spaces with no punctuation at all. */
export const NO_PUNCTUATION_UNIT = 'كتب الطالب رسالة طويلة إلى صديقه في المدينة البعيدة عن البحر';
