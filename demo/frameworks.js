// <article-reader> from plain script, the way a framework uses it: create, set properties, listen,
// append; the definition arrives later (a lazy import). Under the page's strict CSP: no inline
// script, and article text only ever goes into the page as text (textContent), never as HTML.

const slot = document.getElementById('reader-slot');
const log = document.getElementById('log');
const definedOut = document.getElementById('defined');
const rateOut = document.getElementById('rate');
const stateOut = document.getElementById('state');
const buttons = {
  play: document.getElementById('play'),
  pause: document.getElementById('pause'),
  third: document.getElementById('third'),
  faster: document.getElementById('faster'),
};

// 1. Create the element and set properties while it is still undefined (a plain HTMLElement).
const reader = document.createElement('article-reader');
reader.for = 'fw-story';
reader.rate = 1.25;
reader.uiLang = 'en';

// 2. Listen to its events (they bubble and are composed; the detail is typed in TypeScript).
const EVENTS = ['reader-ready', 'reader-statechange', 'reader-sentence', 'reader-ratechange', 'reader-error'];
for (const type of EVENTS) {
  reader.addEventListener(type, (event) => {
    record(type, event.detail);
    refresh();
  });
}

function record(type, detail) {
  const item = document.createElement('li');
  const name = document.createElement('span');
  name.className = 'type';
  name.textContent = type;
  const body = document.createElement('span');
  body.className = 'detail';
  body.dir = 'auto';
  body.textContent = ` ${JSON.stringify(detail)}`;
  item.append(name, body);
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

function refresh() {
  const defined = customElements.get('article-reader') !== undefined;
  definedOut.textContent = defined ? 'yes' : 'no';
  rateOut.textContent = String(reader.rate);
  stateOut.textContent = defined ? reader.state : '–';
}

// 3. Put it in the page: still undefined, it renders nothing yet.
slot.append(reader);
refresh();

// 4. Load the definition (with a bundler: `import('article-reader')`). The element upgrades and
//    keeps rate 1.25, for="fw-story" and the English interface set above.
await import('../dist/article-reader.js');
await customElements.whenDefined('article-reader');
await reader.updateComplete;
refresh();

// 5. Drive it from outside through its methods and properties.
buttons.play.addEventListener('click', () => void reader.play());
buttons.pause.addEventListener('click', () => reader.pause());
buttons.third.addEventListener('click', () => {
  reader.readFrom(2).catch((error) => record('readFrom failed', { name: error.name, message: error.message }));
});
buttons.faster.addEventListener('click', () => {
  reader.rate = Math.min(2, reader.rate + 0.25);
  refresh();
});
for (const button of Object.values(buttons)) button.disabled = false;
