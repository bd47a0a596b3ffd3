// A listening check for normalizeForSpeech: for a table of our own sentences, prints the
// source, the normalised text and espeak-ng's phonemes for it (`espeak-ng -v ar -x -q`), so a
// change is judged by ear (phonemes), not only by string.
//   npm run listen                 the table (after tsc, which the npm script runs first)
//   npm run listen -- --raw        also the phonemes of the source, for comparison
//   npm run listen -- "نص آخر"     your own sentences instead of the table
//   npm run listen -- --speak      also say each normalised sentence aloud
// Skipped (exit 0) where espeak-ng is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const probe = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.log('skipped: espeak-ng not found');
  process.exit(0);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const lib = path.join(here, '..', 'lib', 'text', 'normalize.js');
if (!existsSync(lib)) {
  console.log(`skipped: ${path.relative(process.cwd(), lib)} not built (run npx tsc -p tsconfig.json)`);
  process.exit(0);
}
const { normalizeForSpeech } = await import(lib);

/** [cause, sentence]: sentences written for this check, one or more per cause of issue 15. */
const CASES = [
  ['slash', 'صدر العدد في يناير/كانون الثاني'],
  ['slash', 'نلتقي في 5/6 إن شاء الله'],
  ['slash', 'صدر المرسوم رقم 7/2024 أمس'],
  ['slash', 'يكتب المعلم/المعلمة التقرير'],
  ['slash', 'الصيدلية مفتوحة 24/7 للجميع'],
  ['slash', 'انتظر 3/4 ساعة ثم أضف 1/2 كوب'],
  ['range', 'خسر الفريق 0-2 في أرضه'],
  ['range', 'رقم الهاتف 044-5551234 للحجز'],
  ['range', 'بين عامي 1990-1995 هاجر'],
  ['range', 'تصل الحرارة إلى 30-35 درجة'],
  ['range', 'يصل الطلب في 2-4 أيام'],
  ['number', 'بلغت الخسائر 4,25 مليار'],
  ['number', 'يسكنها 3.500.000 نسمة'],
  ['number', 'أضف ½ ملعقة ملح واشرب ¾ لتر خلال 2½ ساعة'],
  ['number', 'اتصل على +971 4 1234567 مساء'],
  ['number', 'الدوام من 8 ص إلى 4 م'],
  ['harakat', 'جمعت الحملة 3 مليون ريال و2 مليار دولار'],
  ['harakat', 'ارتفع 7 بالمئة وانخفض سبعة في المئة'],
  ['harakat', 'بلغت الحرارة 40 درجة مئوية'],
  ['harakat', 'قال الرسول ﷺ'],
  ['expansion', 'فاز في سباق 800 م للسيدات'],
  ['expansion', 'تقع القرية على ارتفاع 2,400 م'],
  ['expansion', 'بنيت القلعة عام 1187 م'],
  ['expansion', 'راسلوا support@news.example.net الآن'],
  ['ordinal', 'نحن في القرن 21'],
  ['ordinal', 'في الجولة 10 من الدوري'],
  ['ordinal', 'افتتاح الدورة الـ33 للألعاب'],
  ['ordinal', 'حل بالمرتبة 1 عالميا'],
  ['ligature', '﷽'],
  ['ligature', 'قال الله ﷾ وعمر ﵁'],
  ['hygiene', 'مرحبا\u0000بكم'],
  ['other', 'يبدأ الاجتماع الساعة 7:30 م في 2023/11/28'],
  ['other', 'ارتفعت الأسعار 12.5% خلال الفترة 2019–2023'],
];

const args = process.argv.slice(2);
const raw = args.includes('--raw');
const speak = args.includes('--speak');
const own = args.filter((a) => !a.startsWith('--'));
const cases = own.length ? own.map((s) => ['own', s]) : CASES;

/** espeak-ng's phonemes for `text` (one line; controls other than spaces would cut it short). */
function phonemes(text) {
  const clean = text.replace(/[\u0000-\u001F]/gu, ' ');
  const out = execFileSync('espeak-ng', ['-v', 'ar', '-x', '-q', clean], { encoding: 'utf8' });
  // espeak-ng 1.51 prints a stray "Invalid phoneme code" for some digit groups: not a phoneme.
  return out
    .replace(/Invalid phoneme code \d+/gu, '')
    .trim()
    .replace(/\s*\n\s*/gu, ' ');
}

console.log(`espeak-ng ${probe.stdout.trim().split('\n')[0]}\n`);
for (const [cause, source] of cases) {
  const spoken = normalizeForSpeech(source).text;
  console.log(`[${cause}] ${JSON.stringify(source)}`);
  if (raw) console.log(`  raw phonemes:  ${phonemes(source)}`);
  console.log(`  normalised:    ${spoken}`);
  console.log(`  phonemes:      ${phonemes(spoken)}`);
  if (speak) spawnSync('espeak-ng', ['-v', 'ar', spoken], { stdio: 'ignore' });
  console.log('');
}
