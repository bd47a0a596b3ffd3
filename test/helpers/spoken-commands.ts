import type { VoiceCommand } from '../../src/text/commands.js';

/** Every variant the issue names, and more, as people say them and recognisers write them. */
export const SPOKEN: [string, VoiceCommand][] = [
  // play / continue
  ['تابع', 'play'],
  ['استمر', 'play'],
  ['اقرأ', 'play'],
  ['شغّل', 'play'],
  ['أكمل', 'play'],
  ['كمّل', 'play'],
  ['واصل', 'play'],
  ['تابع القراءة', 'play'],
  // pause / stop
  ['توقف', 'pause'],
  ['أوقف', 'pause'],
  ['قف', 'pause'],
  ['اسكت', 'pause'],
  ['انتظر', 'pause'],
  ['إيقاف مؤقت', 'pause'],
  // next
  ['التالي', 'next'],
  ['بعده', 'next'],
  ['الجملة التالية', 'next'],
  ['بعدها', 'next'],
  // previous
  ['السابق', 'previous'],
  ['قبله', 'previous'],
  ['ارجع', 'previous'],
  ['أعد', 'previous'],
  ['الجملة السابقة', 'previous'],
  // speed
  ['أسرع', 'faster'],
  ['أبطأ', 'slower'],
  ['أبطئ', 'slower'],
  // from the start, stop listening
  ['من البداية', 'restart'],
  ['اقرأ من البداية', 'restart'],
  ['من الأول', 'restart'],
  ['توقف عن الاستماع', 'stop-listening'],
  ['أوقف الاستماع', 'stop-listening'],
];
