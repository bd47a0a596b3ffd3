#!/usr/bin/env node
// The API tables of docs/api.md, generated from custom-elements.json (`npm run manifest`), between
//   <!-- api:start --> and <!-- api:end -->.
//
//   node scripts/api-table.mjs           print the tables
//   node scripts/api-table.mjs --write   put them in docs/api.md (`npm run api`)
//   node scripts/api-table.mjs --check   exit 1 when docs/api.md is out of step (`npm run check:api`)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = path.join(ROOT, 'custom-elements.json');
const DOC = path.join(ROOT, 'docs', 'api.md');
const DOC_NAME = 'docs/api.md';
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const TAG = 'article-reader';

const mode = process.argv.includes('--write') ? 'write' : process.argv.includes('--check') ? 'check' : 'print';

function fail(message) {
  console.error(`[api] ${message}`);
  process.exit(1);
}

if (!fs.existsSync(MANIFEST))
  fail('custom-elements.json is missing: run `npm run manifest` (or `npm run build`) first.');
const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
const element = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .find((decl) => decl.customElement && decl.tagName === TAG);
if (!element) fail(`no <${TAG}> in custom-elements.json`);

/** Table cell text: one line, pipes escaped (also inside code spans, as GitHub requires). */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '–');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function section(title, intro, headers, rows) {
  const body = table(headers, rows);
  return body ? `### ${title}\n\n${intro ? `${intro}\n\n` : ''}${body}\n` : '';
}

const members = element.members ?? [];
const fields = members.filter((m) => m.kind === 'field');
const methods = members.filter((m) => m.kind === 'method');
const attributes = element.attributes ?? [];
const fieldsWithAttribute = new Set(attributes.map((a) => a.fieldName).filter(Boolean));

const attributeRows = attributes.map((a) => {
  const field = fields.find((f) => f.name === a.fieldName);
  return [
    code(a.name),
    a.fieldName ? code(a.fieldName) : '–',
    code(a.type?.text ?? field?.type?.text),
    code(a.default ?? field?.default),
    field?.reflects ? 'yes' : '',
    cell(a.description ?? field?.description),
  ];
});

const propertyRows = fields
  .filter((f) => !fieldsWithAttribute.has(f.name))
  .map((f) => [code(f.name), code(f.type?.text), code(f.default), f.readonly ? 'yes' : '', cell(f.description)]);

const methodRows = methods.map((m) => {
  const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`);
  return [code(`${m.name}(${params.join(', ')})`), code(m.return?.type?.text ?? 'void'), cell(m.description)];
});

const eventRows = (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]);
const slotRows = (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
const partRows = (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
const cssPropertyRows = (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]);

const generated = [
  `<!-- Generated from custom-elements.json by scripts/api-table.mjs: edit the JSDoc in src/article-reader.ts, then run \`npm run api\`. -->`,
  '',
  element.summary ? `\`<${TAG}>\`: ${cell(element.summary)}\n` : '',
  section(
    'Attributes',
    'Attributes and the properties they set.',
    ['attribute', 'property', 'type', 'default', 'reflected', 'description'],
    attributeRows,
  ),
  section(
    'Properties',
    'Properties without an attribute.',
    ['property', 'type', 'default', 'read-only', 'description'],
    propertyRows,
  ),
  section('Methods', '', ['method', 'returns', 'description'], methodRows),
  section(
    'Events',
    'All bubbling and composed `CustomEvent`s; the detail types are exported by the package.',
    ['event', 'type', 'description'],
    eventRows,
  ),
  section('Slots', '', ['slot', 'description'], slotRows),
  section('Shadow parts', 'Style them with `article-reader::part(name)`.', ['part', 'description'], partRows),
  section(
    'CSS custom properties',
    'Set them on `article-reader` or any ancestor.',
    ['custom property', 'default', 'description'],
    cssPropertyRows,
  ),
]
  .filter(Boolean)
  .join('\n')
  .trim();

const block = `${START}\n${generated}\n${END}`;

if (mode === 'print') {
  console.log(block);
  process.exit(0);
}

const readme = fs.readFileSync(DOC, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) fail(`${DOC_NAME} has no ${START} … ${END} block`);
const current = readme.slice(start, end + END.length);

if (mode === 'write') {
  if (current === block) {
    console.log(`[api] ${DOC_NAME} is up to date`);
  } else {
    fs.writeFileSync(DOC, readme.slice(0, start) + block + readme.slice(end + END.length));
    console.log(`[api] ${DOC_NAME} API tables regenerated from custom-elements.json`);
  }
  process.exit(0);
}

// --check, 1: every shadow part and custom property the source uses is documented (@csspart,
// @cssprop in src/article-reader.ts), and nothing documented is gone from the source.
function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}
const usedParts = new Set();
const usedCssProperties = new Set();
for (const file of sourceFiles(path.join(ROOT, 'src'))) {
  // Comments (the JSDoc that documents them) do not count as use.
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  for (const m of text.matchAll(/\bpart=["']([\w-]+)["']/g)) usedParts.add(m[1]);
  // control-bar.ts's button helper: button(index, 'part', …)
  for (const m of text.matchAll(/\bbutton\(\s*\d+\s*,\s*'([\w-]+)'/g)) usedParts.add(m[1]);
  for (const m of text.matchAll(/var\(\s*(--article-reader-[\w-]+)/g)) usedCssProperties.add(m[1]);
}
const problems = [];
const compare = (kind, tag, used, documented) => {
  for (const name of used)
    if (!documented.has(name))
      problems.push(`${kind} "${name}" is used in src/ but has no ${tag} in src/article-reader.ts`);
  for (const name of documented)
    if (!used.has(name)) problems.push(`${kind} "${name}" is documented (${tag}) but not used in src/`);
};
compare('shadow part', '@csspart', usedParts, new Set((element.cssParts ?? []).map((p) => p.name)));
compare('custom property', '@cssprop', usedCssProperties, new Set((element.cssProperties ?? []).map((p) => p.name)));
if (problems.length > 0) {
  for (const problem of problems) console.error(`[api] ${problem}`);
  console.error('[api] Fix the JSDoc in src/article-reader.ts, then run `npm run api`.');
  process.exit(1);
}

// --check, 2: docs/api.md's tables are the ones generated from the manifest.
if (current !== block) {
  const have = current.split('\n');
  const want = block.split('\n');
  const first = want.findIndex((line, i) => line !== have[i]);
  const at = first < 0 ? Math.min(have.length, want.length) : first;
  console.error(
    `[api] ${DOC_NAME} API tables are out of step with custom-elements.json (the JSDoc in src/article-reader.ts).`,
  );
  console.error(`[api] first difference at line ${at + 1} of the block:`);
  console.error(`[api]   docs:     ${have[at] ?? '(nothing)'}`);
  console.error(`[api]   manifest: ${want[at] ?? '(nothing)'}`);
  console.error(`[api] Run \`npm run api\` to regenerate them, and commit ${DOC_NAME}.`);
  process.exit(1);
}
console.log(`[api] ${DOC_NAME} API tables match custom-elements.json`);
