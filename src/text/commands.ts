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
    play: 'تابع|استمر|اقرأ|شغّل|أكمل|كمّل|واصل|ابدأ|تشغيل',
    pause: 'توقف|أوقف|قف|اسكت|اصمت|انتظر|لحظة|إيقاف|إيقاف مؤقت',
    next: 'التالي|التالية|بعده|بعدها|القادمة',
    previous: 'السابق|السابقة|قبله|قبلها|ارجع|أعد|رجوع|أعدها',
    faster: 'أسرع|بسرعة|زد السرعة',
    slower: 'أبطأ|أبطئ|ببطء|خفف السرعة',
    restart: 'من البداية|من الأول|من جديد|ابدأ من البداية|اقرأ من البداية',
    'stop-listening': 'توقف عن الاستماع|أوقف الاستماع|لا تستمع|أغلق الميكروفون',
    // «تابع القراءة», «الجملة التالية», «أسرع قليلا»: the command without them.
    filler: 'من فضلك|لو سمحت|رجاء|الآن|هيا|عن القراءة|في القراءة|القراءة|الجملة|قليلا',
  },
  en: {
    play: 'play|continue|resume|go on|read|start',
    pause: 'pause|stop|wait|quiet',
    next: 'next|skip|forward',
    previous: 'previous|back|go back|repeat',
    faster: 'faster|speed up',
    slower: 'slower|slow down',
    restart: 'from the start|from the beginning|start over|restart',
    'stop-listening': 'stop listening|cancel',
    filler: 'please|now|ok|okay|the|sentence|reading|a bit',
  },
  fr: {
    play: 'lecture|lis|lire|continue|reprends|joue',
    pause: 'pause|stop|arrête|attends|silence',
    next: 'suivant|suivante|après',
    previous: 'précédent|précédente|retour|reviens|répète',
    faster: 'plus vite|accélère',
    slower: 'moins vite|ralentis',
    restart: 'depuis le début|du début|au début|recommence',
    'stop-listening': "arrête d'écouter|n'écoute plus|annule",
    filler: "s'il te plaît|s'il vous plaît|stp|svp|maintenant|la|le|phrase|un peu",
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
    if (name !== 'filler')
      for (const key of keys(list)) found.phrases.set(withoutFillers(key, found), name as VoiceCommand);
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
