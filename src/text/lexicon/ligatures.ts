/**
 * Honorific ligatures and their spoken form. Every diacritised spelling was checked with
 * `espeak-ng -v ar -x -q` (see scripts/listen.mjs).
 */

/**
 * Honorific ligatures: those with no NFKC decomposition (U+FD40–FD4F, U+FDFD–FDFF), and ﷺ ﷻ,
 * whose decompositions are bare (espeak-ng reads «وسلم» "wslm", «عليه» "Aali:jh"). «الله» and
 * «صلى» stay bare: espeak-ng reads them well, and worse with harakat ("?allhu").
 */
export const LIGATURES: Readonly<Record<string, string>> = {
  '\uFD40': 'رَحِمَهُ الله',
  '\uFD41': 'رَضِيَ الله عَنْهُ',
  '\uFD42': 'رَضِيَ الله عَنْهَا',
  '\uFD43': 'رَضِيَ الله عَنْهُمْ',
  '\uFD44': 'رَضِيَ الله عَنْهُمَا',
  '\uFD45': 'رَضِيَ الله عَنْهُنَّ',
  '\uFD46': 'صلى الله عَلَيْهِ وَآلِهِ',
  '\uFD47': 'عَلَيْهِ السَّلَام',
  '\uFD48': 'عَلَيْهِمُ السَّلَام',
  '\uFD49': 'عَلَيْهِمَا السَّلَام',
  '\uFD4A': 'عَلَيْهِ الصَّلَاةُ وَالسَّلَام',
  '\uFD4B': 'قُدِّسَ سِرُّهُ',
  '\uFD4C': 'صلى الله عَلَيْهِ وَآلِهِ وَسَلَّمَ',
  '\uFD4D': 'عَلَيْهَا السَّلَام',
  '\uFD4E': 'تَبَارَكَ وَتَعَالَى',
  '\uFD4F': 'رَحِمَهُمُ الله',
  '\uFDFA': 'صلى الله عَلَيْهِ وَسَلَّمَ',
  '\uFDFB': 'جَلَّ جَلَالُهُ',
  '\uFDFD': 'بسم الله الرحمن الرحيم',
  '\uFDFE': 'سُبْحَانَهُ وَتَعَالَى',
  '\uFDFF': 'عَزَّ وَجَلَّ',
};
