import { svg } from 'lit';

// Material-style glyphs on a 24-unit grid; decorative (the buttons carry the names).
const icon = (path: ReturnType<typeof svg>, directional = false) =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class=${directional ? 'directional' : ''}>${path}</svg>`;

export const playIcon = icon(svg`<path d="M8 5v14l11-7z"/>`);
export const pauseIcon = icon(svg`<path d="M6 5h4v14H6zm8 0h4v14h-4z"/>`);
export const stopIcon = icon(svg`<path d="M6 6h12v12H6z"/>`);
// Drawn for left-to-right text; mirrored in right-to-left.
export const previousIcon = icon(svg`<path d="M6 6h2v12H6zm3.5 6 8.5 6V6z"/>`, true);
export const nextIcon = icon(svg`<path d="M16 6h2v12h-2zM6 18l8.5-6L6 6z"/>`, true);
export const micIcon = icon(
  svg`<path d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-3.1a7 7 0 0 0 6-6.9z"/>`,
);
