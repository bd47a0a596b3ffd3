/**
 * Words that attribute a quotation to a speaker. After a quoted `!`/`?`/`؟`
 * and its closing quote, such a word continues the same sentence:
 * «"هل هذا معقول؟" تساءل الوزير.»
 *
 * Forms with the conjunction و (وقال، وأضاف) are left out on purpose: in news
 * text they almost always open a new sentence after a quotation.
 */
export const SPEECH_TAGS: readonly string[] = [
  'قال', 'قالت', 'قالا', 'قالوا', 'يقول', 'تقول', 'يقولون',
  'أضاف', 'أضافت', 'يضيف', 'تضيف',
  'تساءل', 'تساءلت', 'يتساءل', 'تتساءل',
  'أوضح', 'أوضحت', 'يوضح', 'توضح',
  'صرح', 'صرّح', 'صرحت', 'يصرح',
  'أكد', 'أكدت', 'يؤكد', 'تؤكد',
  'صاح', 'صاحت', 'هتف', 'هتفت', 'صرخ', 'صرخت', 'سأل', 'سألت', 'يسأل', 'تسأل',
  'أجاب', 'أجابت', 'ردّ', 'رد', 'ردت', 'علّق', 'علق', 'علقت', 'تابع', 'تابعت',
  'كتب', 'كتبت', 'أعلن', 'أعلنت', 'ذكر', 'ذكرت', 'أشار', 'أشارت', 'همس', 'همست',
  // the verb with the quotation or the listener as object: قالها، سأله، سألتني
  'قالها', 'قالتها', 'قالوها', 'سأله', 'سألها', 'سألهم', 'سألته', 'سألتها', 'سألني', 'سألتني',
  'أردف', 'أردفت', 'يردف', 'استطرد', 'استطردت', 'استدرك', 'استدركت', 'تمتم', 'تمتمت', 'غمغم',
  'نادى', 'نادت', 'أفاد', 'أفادت', 'روى', 'روت', 'اعترف', 'اعترفت', 'أقر', 'أقرت', 'يجيب', 'تجيب',
  'غرد', 'غرّد', 'غردت', 'غرّدت', 'شدد', 'شدّد', 'شددت', 'شدّدت', 'لفت', 'لفتت', 'نوه', 'نوّه', 'نوهت',
  'اختتم', 'اختتمت', 'ختم', 'ختمت', 'استهل', 'استهلت', 'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'يرى', 'ترى',
  'يتابع', 'تتابع', 'يشير', 'تشير', 'يذكر', 'تذكر',
  'حسبما', 'بحسب', 'حسب', 'وفق', 'وفقا', 'وفقاً', 'طبقا', 'طبقاً', 'كما',
  'said', 'says', 'asked', 'added', 'cried', 'shouted', 'according',
];

/**
 * Attribution connectors that cannot open a sentence, so they also keep a
 * quoted full stop inside its sentence: «"...نواصل العمل." حسبما أفاد.»
 */
export const ATTRIBUTION_CONNECTORS: readonly string[] = [
  'حسبما', 'بحسب', 'وفق', 'وفقا', 'وفقاً', 'طبقا', 'طبقاً', 'according',
];

/**
 * Verbs that report a reply. After a quoted question the reply is somebody else's new
 * utterance, so they open a new sentence: «"هل انتهى العمل؟" أجاب المدير بأن...».
 */
export const REPLY_VERBS: readonly string[] = ['أجاب', 'أجابت', 'أجابوا', 'يجيب', 'تجيب', 'ردّ', 'رد', 'ردت', 'ردوا', 'ردّت'];

/** Two-word tags whose first word alone is too common ("كما" = "as/also"). */
export const TAGS_NEEDING_VERB: ReadonlySet<string> = new Set(['كما']);
