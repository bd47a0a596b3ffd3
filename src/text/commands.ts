/**
 * Spoken commands: what a listener said (every alternative the recogniser heard) matched to a
 * reader command, as a pure function on strings. Matching is tolerant of how speech recognisers
 * and people write Arabic (diacritics, tatweel, hamza and alef forms, taa marbuta, alef maqsura,
 * a leading و or ف) and of polite filler around the command («من فضلك التالي»), but the
 * command must be all that is left: a sentence that merely contains «التالي» is not a command.
 */

export type VoiceCommand = 'play' | 'pause' | 'next' | 'previous' | 'faster' | 'slower' | 'restart' | 'stop-listening';

export interface CommandMatch {
  command: VoiceCommand;
  /** The alternative that matched, as the recogniser wrote it. */
  transcript: string;
}

type Table = Partial<Record<VoiceCommand | 'filler', string>>;

// The phrases of each command, `|`-separated, written naturally: they go through `commandKey`
// like what is heard. Kept as strings: compact in the bundle.
const TABLES: Record<string, Table> = {
  ar: {
    play: 'تابع|استمر|اقرأ|شغّل|أكمل|كمّل|واصل|ابدأ|تشغيل|تابع القراءة|استمر في القراءة|أكمل القراءة',
    pause: 'توقف|أوقف|قف|اسكت|اصمت|انتظر|لحظة|إيقاف|إيقاف مؤقت|أوقف القراءة|توقف عن القراءة',
    next: 'التالي|التالية|بعده|بعدها|الجملة التالية|الجملة اللي بعدها|التي بعدها|القادمة|الجملة القادمة',
    previous: 'السابق|السابقة|قبله|قبلها|ارجع|أعد|رجوع|ارجع للخلف|الجملة السابقة|أعدها|أعد الجملة',
    faster: 'أسرع|بسرعة|أسرع قليلا|زد السرعة|سرّع',
    slower: 'أبطأ|أبطئ|ببطء|أبطأ قليلا|خفف السرعة|على مهلك',
    restart: 'من البداية|من الأول|ابدأ من البداية|اقرأ من البداية|أعد من البداية|من جديد',
    'stop-listening': 'توقف عن الاستماع|أوقف الاستماع|إيقاف الاستماع|لا تستمع|كفى استماعا|أغلق الميكروفون',
    filler: 'من فضلك|لو سمحت|رجاء|رجاءً|الآن|يا قارئ|هيا|طيب|حسنا',
  },
  en: {
    play: 'play|continue|resume|go on|read|keep reading|start|start reading',
    pause: 'pause|stop|wait|hold on|be quiet|quiet|stop reading',
    next: 'next|next sentence|skip|forward',
    previous: 'previous|previous sentence|back|go back|repeat|again',
    faster: 'faster|speed up|quicker',
    slower: 'slower|slow down',
    restart: 'from the start|from the beginning|start over|restart|read from the start|read from the beginning',
    'stop-listening': 'stop listening|cancel|never mind|nevermind',
    filler: 'please|now|ok|okay|hey|reader|the|a little|a bit',
  },
  fr: {
    play: 'lecture|lis|lire|continue|continuer|reprends|reprendre|vas y|joue',
    pause: 'pause|stop|arrête|arrête toi|attends|tais toi|silence',
    next: 'suivant|suivante|phrase suivante|la suivante|après',
    previous: 'précédent|précédente|phrase précédente|la précédente|retour|reviens|répète|encore',
    faster: 'plus vite|accélère|plus rapide',
    slower: 'moins vite|ralentis|plus lentement|doucement',
    restart: 'depuis le début|du début|au début|recommence|reprends au début|lis depuis le début',
    'stop-listening': "arrête d'écouter|n'écoute plus|annuler|annule|laisse tomber",
    filler: "s'il te plaît|s'il vous plaît|stp|svp|maintenant|merci|un peu",
  },
};

/**
 * The form a phrase is compared in: no diacritics, tatweel or punctuation, one alef, taa marbuta
 * as haa, alef maqsura as yaa, hamza seats folded, Latin lower-cased without accents.
 */
export function commandKey(text: string): string {
  // NFD splits أ إ آ ؤ ئ into a bare letter and a combining hamza or madda, dropped with the
  // diacritics (and Latin accents); what NFD leaves is folded by hand.
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0621]/g, '')
    .replace(/\u0671/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/[\u0649\u06cc]/g, '\u064a')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Compiled {
  phrases: Map<string, VoiceCommand>;
  /** Matches one filler phrase between spaces (or the ends). */
  fillers: RegExp;
}
const compiled = new Map<string, Compiled>();

function compile(lang: string): Compiled | undefined {
  const table = Object.hasOwn(TABLES, lang) ? TABLES[lang] : undefined;
  let found = compiled.get(lang);
  if (found || !table) return found;
  const keys = (list = '') => list.split('|').map(commandKey);
  const fillers = keys(table.filler).sort((a, b) => b.length - a.length);
  found = { phrases: new Map(), fillers: new RegExp(`(?<=^| )(?:${fillers.join('|')})(?= |$)`, 'g') };
  for (const [name, list] of Object.entries(table)) {
    // Phrases lose their fillers as what is heard does ("from the start" is "from start").
    if (name !== 'filler') for (const key of keys(list)) found.phrases.set(withoutFillers(key, found), name as VoiceCommand);
  }
  compiled.set(lang, found);
  return found;
}

function withoutFillers(key: string, table: Compiled): string {
  return key.replace(table.fillers, ' ').replace(/ +/g, ' ').trim();
}

/** The primary languages (`ar`, `en`, `fr`) that have commands. */
export function hasCommands(lang: string): boolean {
  return Object.hasOwn(TABLES, lang);
}

const CONJUNCTION = /^[\u0648\u0641]/; // a leading و or ف: «وتابع», «فالتالي»

function matchOne(heard: string, table: Compiled): VoiceCommand | null {
  const key = commandKey(heard);
  for (const variant of [key, key.replace(CONJUNCTION, '')]) {
    const phrase = withoutFillers(variant, table);
    const command = table.phrases.get(phrase) ?? table.phrases.get(phrase.replace(CONJUNCTION, ''));
    if (command) return command;
  }
  return null;
}

/**
 * The command in what was heard: the first of `alternatives` (best first, as the recogniser
 * ranks them) that is a command in one of `langs` (primary subtags, in order of preference).
 */
export function matchCommand(alternatives: readonly string[], langs: readonly string[]): CommandMatch | null {
  for (const transcript of alternatives) {
    for (const lang of langs) {
      const table = compile(lang);
      const command = table && matchOne(transcript, table);
      if (command) return { command, transcript };
    }
  }
  return null;
}
