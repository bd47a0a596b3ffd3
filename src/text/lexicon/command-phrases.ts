/**
 * The phrases of each spoken command, by primary language, `|`-separated and written naturally:
 * text/commands.ts folds them like what is heard. Kept as strings: compact in the bundle.
 */

export type VoiceCommand = 'play' | 'pause' | 'next' | 'previous' | 'faster' | 'slower' | 'restart' | 'stop-listening';

export type CommandPhrases = Partial<Record<VoiceCommand | 'filler', string>>;

export const COMMAND_PHRASES: Readonly<Record<string, CommandPhrases>> = {
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
