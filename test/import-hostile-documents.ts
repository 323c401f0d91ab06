/**
 * Documents built to make the import slow, deep or large (shared by `test/import-hostile.test.ts`
 * and `npm run bench:adversarial`). Each fits in the default 100,000-byte request body once
 * JSON-encoded, as an attacker with an EDITOR key would send it. Several come from the attack run
 * reported in issue 19.
 */

export interface HostileDocument {
  name: string;
  format: 'text' | 'html';
  /** The document's kind (ImportDocumentInput.kind); a news article when not given. */
  kind?: string;
  /** Text variants to add before importing (the shape needs them). */
  variants?: { variant: string; restored: string }[];
  make(): string;
}

const BODY_CHARS = 95_000;
/** `unit` repeated to about `chars` bytes once JSON-encoded (quotes and line breaks take two, “ three). */
const fill = (unit: string, chars = BODY_CHARS) => unit.repeat(Math.floor(chars / Buffer.byteLength(JSON.stringify(unit).slice(1, -1))));
const sentence = (i: number) => `Secretary Hegseth said that the alliance is strong, on day ${i}. `;

export const hostileDocuments: HostileDocument[] = [
  { name: 'html: 95 KB of &amp; in one <p>', format: 'html', make: () => `<p>${fill('&amp;')}</p>` },
  { name: 'html: 1,500 nested <div>', format: 'html', make: () => `${'<div>'.repeat(1500)}1,500 deep${'</div>'.repeat(1500)}` },
  { name: 'html: 4,000 nested <div>', format: 'html', make: () => `${'<div>'.repeat(4000)}4,000 deep${'</div>'.repeat(4000)}` },
  { name: 'html: 12,000 <b> left open', format: 'html', make: () => `<p>${'<b>x'.repeat(12_000)}</p>` },
  { name: 'html: 12,000 <b> closed', format: 'html', make: () => `<p>${'<b>x</b> '.repeat(10_000)}</p>` },
  { name: 'html: 11,000 <p>', format: 'html', make: () => fill('<p>Ok.</p>') },
  { name: 'html: 6,000 nested tables', format: 'html', make: () => `${'<table><tr><td>'.repeat(6_000)}tables` },
  { name: 'html: 9,000 <li> in one list', format: 'html', make: () => `<ul>${fill('<li>a b</li>')}</ul>` },
  { name: 'html: 30,000 attributes', format: 'html', make: () => `<p ${fill('a=1 ', 90_000)}>attributes</p>` },
  { name: 'html: 45,000 empty elements', format: 'html', make: () => `<p>Empty elements.</p>${fill('<i/>')}` },
  { name: 'html: 90 KB comment', format: 'html', make: () => `<p>A comment follows.</p><!--${fill('-')}-->` },
  { name: 'html: sentences in 2,000 <p> (a real-looking page)', format: 'html', make: () => fill(`<p>${sentence(1)}</p>`) },
  { name: 'text: "U.S. " x 19,000', format: 'text', make: () => fill('U.S. ') },
  { name: 'text: "Gen. " x 19,000', format: 'text', make: () => fill('Gen. ') },
  { name: 'text: 95 KB with no space', format: 'text', make: () => fill('a') },
  { name: 'text: one 95 KB sentence', format: 'text', make: () => fill('word ') },
  { name: 'text: 23,000 quoted words', format: 'text', make: () => fill('"ab" ') },
  { name: 'text: 95 KB of opening quotes', format: 'text', make: () => fill('“a ') },
  { name: 'text: 47,000 lines', format: 'text', make: () => fill('a\n') },
  { name: 'text: 5,000 quoted sentences in one paragraph', format: 'text', make: () => fill('He said "Yes." ') },
  { name: 'text: 8,000 paragraphs of quotes', format: 'text', make: () => fill('"A b."\n\n') },
  { name: 'text: 1,400 reported sentences', format: 'text', make: () => Array.from({ length: 1_400 }, (_, i) => sentence(i)).join('') },
  { name: 'text: 13,000 name mentions', format: 'text', make: () => fill('Hegseth Nakatani ') },
  { name: 'text: 8,000 dates', format: 'text', make: () => fill('January 30, 2025 ') },
  {
    name: 'text: 7 KB that variants would expand to 200,000+ characters',
    format: 'text',
    variants: [{ variant: 'zq', restored: 'x'.repeat(199) }],
    make: () => fill('zq ', 7_000),
  },
  {
    name: 'text: 30,000 variant matches',
    format: 'text',
    variants: [{ variant: 'qz', restored: 'qx' }],
    make: () => fill('qz '),
  },
];

/** A press-conference transcript of about `words` words in Q:/A: and speaker-label turns, made up. */
export function transcript(words = 20_000): string {
  const turns: string[] = ['Press Conference by Defense Minister Nakatani', ''];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const q = `Q: Minister, on the call with Secretary Hegseth on January ${(i % 28) + 1}, what did the two ministers say about the Senkaku Islands and question ${i}?`;
    const a = `MINISTER NAKATANI: We confirmed that Article V of the Japan-U.S. Security Treaty applies to the Senkaku Islands. Secretary Hegseth said that the alliance is the cornerstone of peace, and we agreed to work closely on item ${i}. I will not comment on the details of operations.`;
    turns.push(q, '', a, '');
    count += (q + ' ' + a).split(/\s+/).length;
  }
  return turns.join('\n');
}
