/**
 * Spoken commands: what a listener said (every alternative the recogniser heard) matched to a
 * reader command, as a pure function on strings. Matching is tolerant of how speech recognisers
 * and people write Arabic (diacritics, tatweel, hamza and alef forms, taa marbuta, alef maqsura,
 * a leading و or ف) and of polite filler around the command («من فضلك التالي»), but the
 * command must be all that is left: a sentence that merely contains «التالي» is not a command.
 */

import { COMMAND_PHRASES as TABLES, type VoiceCommand } from './lexicon/command-phrases.js';
import { foldArabic } from './fold.js';

export type { VoiceCommand };

export interface CommandMatch {
  command: VoiceCommand;
  /** The alternative that matched, as the recogniser wrote it. */
  transcript: string;
}

/**
 * The form a phrase is compared in: no diacritics, tatweel or punctuation, one alef, taa marbuta
 * as haa, alef maqsura as yaa, hamza seats folded, Latin lower-cased without accents.
 */
export function commandKey(text: string): string {
  return foldArabic(text, 'letters');
}

interface Compiled {
  phrases: Map<string, VoiceCommand>;
  /** Matches one filler phrase between spaces (or the ends), with the space before it. */
  fillers: RegExp;
}
const compiled = new Map<string, Compiled>();

function compile(lang: string): Compiled | undefined {
  const table = Object.hasOwn(TABLES, lang) ? TABLES[lang] : undefined;
  let found = compiled.get(lang);
  if (found || !table) return found;
  const keys = (list = '') => list.split('|').map(commandKey);
  const fillers = keys(table.filler).sort((a, b) => b.length - a.length);
  // The space before a filler is matched (no look-behind: slow in WebKit) and replaced with it.
  found = { phrases: new Map(), fillers: new RegExp(`(?:^| )(?:${fillers.join('|')})(?= |$)`, 'g') };
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
