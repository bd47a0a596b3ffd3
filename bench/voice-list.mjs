// A synthetic voice list for bench/voices.bench.mjs, shaped like the one speech-dispatcher gives
// Chromium on Linux: every espeak-ng language once per variant ("Arabic+Annie"), each voice local,
// one default. Synthetic because the count is what matters (a desktop with every espeak-ng
// variant installed exposes about 13,000 voices, 102 of them Arabic) and this machine's own
// speech-dispatcher exposes far fewer.

// espeak-ng's variant names (a selection, in its own spelling).
const VARIANTS = [
  'Alvin',
  'Andy',
  'Annie',
  'AnxiousAndy',
  'Demonic',
  'Denis',
  'Diogo',
  'Gene',
  'Gene2',
  'Henrique',
  'Hugo',
  'Jacky',
  'Lee',
  'Marco',
  'Mario',
  'Michael',
  'Mike',
  'Mr serious',
  'Nguyen',
  'Reed',
  'RicishayMax',
  'RicishayMax2',
  'RicishayMax3',
  'Storm',
  'Tweaky',
  'UniversalRobot',
  'anika',
  'anikaRobot',
  'aunty',
  'belinda',
  'benjamin',
  'boris',
  'caleb',
  'croak',
  'david',
  'ed',
  'edward',
  'edward2',
  'f1',
  'f2',
  'f3',
  'f4',
  'f5',
  'fast',
  'grandma',
  'grandpa',
  'gustave',
  'ian',
  'iven',
  'iven2',
  'iven3',
  'iven4',
  'john',
  'kaukovalta',
  'klatt',
  'klatt2',
  'klatt3',
  'klatt4',
  'klatt5',
  'klatt6',
  'linda',
  'm1',
  'm2',
  'm3',
  'm4',
  'm5',
  'm6',
  'm7',
  'm8',
  'marcelo',
  'max',
  'michel',
  'miguel',
  'mike2',
  'norbert',
  'pablo',
  'paul',
  'pedro',
  'quincy',
  'rob',
  'robert',
  'robosoft',
  'robosoft2',
  'robosoft3',
  'robosoft4',
  'robosoft5',
  'robosoft6',
  'robosoft7',
  'robosoft8',
  'sandro',
  'shelby',
  'steph',
  'steph2',
  'steph3',
  'travis',
  'victor',
  'whisper',
  'whisperf',
  'zac',
  'Lucy',
  'Mbrola',
  'adam',
];

// espeak-ng language tags (as speech-dispatcher passes them), Arabic first.
const LANGS = (
  'ar af am an as az ba be bg bn bpy bs ca chr cmn cs cv cy da de el en en-029 en-GB en-GB-scotland ' +
  'en-GB-x-gbclan en-GB-x-gbcwmd en-GB-x-rp en-US eo es es-419 et eu fa fa-Latn fi fr fr-BE fr-CH ga gd ' +
  'gn grc gu hak haw he hi hr ht hu hy hyw ia id io is it ja jbo ka kk kl kn ko kok ku ky la lfn lt ltg ' +
  'lv mi mk ml mto mr ms mt my nb nci ne nl nog om or pa pap piqd pl pt pt-BR py qu quc qya ro ru ru-LV ' +
  'sd shn si sjn sk sl smj sq sr sv sw ta te th tk tn tr tt ug uk ur uz vi vi-VN-x-central ' +
  'vi-VN-x-south yue'
).split(' ');

const NAMES = { ar: 'Arabic', en: 'English', fr: 'French', fa: 'Persian', ur: 'Urdu', de: 'German' };

/**
 * `count` voices, each language once per variant (13,000: 102 Arabic). Fewer voices than
 * languages: a small desktop's list, three Arabic voices among them.
 */
export function syntheticVoices(count) {
  const voices = [];
  const langs = count < LANGS.length ? ['ar', 'ar', 'ar', ...LANGS.slice(1)] : LANGS;
  for (let v = 0; voices.length < count && v < VARIANTS.length; v++) {
    for (const [i, lang] of langs.entries()) {
      if (voices.length >= count) break;
      const variant = VARIANTS[(v + (lang === 'ar' && langs !== LANGS ? i : 0)) % VARIANTS.length];
      const base = NAMES[lang.split('-')[0]] ?? lang;
      const name = `${base}${lang.includes('-') ? ` (${lang})` : ''}+${variant}`;
      voices.push({ name, lang, voiceURI: name, localService: true, default: voices.length === 0 });
    }
  }
  return voices;
}
