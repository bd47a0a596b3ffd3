import { css } from 'lit';

export const readerStyles = css`
  :host {
    display: block;
    --_bar-background: var(--article-reader-bar-background, #f4f4f5);
    --_bar-color: var(--article-reader-bar-color, #18181b);
    --_accent: var(--article-reader-accent, #1d4ed8);
    --_focus-ring: var(--article-reader-focus-ring, #1d4ed8);
    --_radius: var(--article-reader-radius, 0.5rem);
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bar-background: var(--article-reader-bar-background, #27272a);
      --_bar-color: var(--article-reader-bar-color, #fafafa);
      --_accent: var(--article-reader-accent, #93c5fd);
      --_focus-ring: var(--article-reader-focus-ring, #93c5fd);
    }
  }
  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    padding: 0.375rem 0.5rem;
    background: var(--_bar-background);
    color: var(--_bar-color);
    border-radius: var(--_radius);
    font: inherit;
  }
  .buttons {
    display: inline-flex;
    gap: 0.25rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.5rem;
    min-height: 2.5rem;
    padding: 0.25rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  /* Listening: the toggle is shown pressed (inverted colours), not by colour alone. */
  button[aria-pressed='true'] {
    background: var(--_bar-color);
    color: var(--_bar-background);
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  svg {
    width: 1.5rem;
    height: 1.5rem;
    fill: currentColor;
  }
  /* Previous and next point the way the text runs. */
  [dir='rtl'] .directional {
    transform: scaleX(-1);
  }
  .rate,
  .voice {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.5rem;
  }
  select {
    min-height: 2.5rem;
    max-width: 16rem;
    font: inherit;
  }
  input[type='range'] {
    min-height: 1.5rem;
    accent-color: var(--_accent);
  }
  button.resume,
  button.more {
    padding-inline: 0.75rem;
  }
  progress {
    flex-basis: 100%;
    height: 0.375rem;
    accent-color: var(--_accent);
  }
  .status-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1rem;
    margin-block: 0.25rem;
    min-height: 1lh;
  }
  [part='status'][data-error] {
    font-weight: bold;
  }
  @media (forced-colors: active) {
    [part='controls'] {
      border: 1px solid CanvasText;
    }
    button:focus-visible,
    input:focus-visible {
      outline-color: Highlight;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
