import assert from 'node:assert/strict';
import { test } from 'node:test';
import { similarity } from '../../src/analysis/timeline/wording';
import { referenceDataset } from '../../src/seed/reference-dataset';
import { NEAR_DUPLICATE_THRESHOLD, nearestDuplicate } from '../../src/statements/near-duplicate';

const texts = referenceDataset.statements.map((s) => s.text);

test('distinct reference statements are far below the threshold, within a source and across sources', () => {
  let within = 0;
  let across = 0;
  const statements = referenceDataset.statements;
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const score = similarity(statements[i].text, statements[j].text);
      if (statements[i].source === statements[j].source) within = Math.max(within, score);
      across = Math.max(across, score);
    }
  }
  // Measured: 0.34 within a source, 0.35 across (see near-duplicate.ts).
  assert.ok(within < NEAR_DUPLICATE_THRESHOLD / 2 + 0.01, `within one source up to ${within}`);
  assert.ok(across < NEAR_DUPLICATE_THRESHOLD / 2 + 0.01, `across sources up to ${across}`);
});

test('one word replaced, added or dropped, other quotation marks, case or spacing: still a near-duplicate of every reference statement', () => {
  for (const text of texts) {
    const words = text.split(' ');
    const middle = Math.floor(words.length / 2);
    const variants = {
      replaced: words.map((w, i) => (i === middle ? 'otherwise' : w)).join(' '),
      added: [...words.slice(0, middle), 'indeed', ...words.slice(middle)].join(' '),
      dropped: words.filter((_, i) => i !== middle).join(' '),
      quotes: text
        .replace(/"([^"]*)"/g, '“$1”')
        .replace(/'/g, '’')
        .replace(/“([^”]*)”/g, '"$1"'),
      spacing: `  ${text.toUpperCase().replace(/ /g, '   ')}\n`,
    };
    for (const [kind, variant] of Object.entries(variants)) {
      if (variant === text) continue;
      const found = nearestDuplicate(variant, [{ text }]);
      assert.ok(found, `${kind} of "${text}" scored ${similarity(variant, text)}`);
    }
  }
});

test('the most similar candidate wins; the very same text is left to the unique key', () => {
  const [a, b] = ['The two ministers agreed to meet again soon in Tokyo.', 'The two ministers agreed to meet again soon in Seoul.'];
  assert.equal(nearestDuplicate(a, [{ text: a }]), null);
  const found = nearestDuplicate('The two ministers agreed to meet again soon in Seoul!', [{ text: a }, { text: b }]);
  assert.equal(found?.candidate.text, b);
  assert.equal(found?.similarity, 1);
  assert.equal(nearestDuplicate('Deterrence was discussed.', [{ text: a }, { text: b }]), null);
});
