import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupPhrasings, similarity, wordsOf } from '../../src/analysis/timeline/wording';

test('words are normalised: case, accents and punctuation do not count', () => {
  assert.deepEqual([...wordsOf('The U.S. commitment, to the ROK-US alliance!')], ['the', 'us', 'commitment', 'to', 'rok', 'alliance']);
  assert.deepEqual([...wordsOf('Café  DÉFENSE')], ['cafe', 'defense']);
  assert.equal(similarity('Ironclad commitment.', 'ironclad COMMITMENT'), 1);
  assert.equal(similarity('', ''), 1);
  assert.equal(similarity('a b', 'c d'), 0);
  assert.equal(similarity('a b c d', 'a b c e'), 3 / 5);
});

test('phrasings group identical and near-identical wordings against the first of each group', () => {
  const usages = [
    'Secretary Hegseth reaffirmed the U.S. commitment to defending the ROK',
    'Secretary Hegseth reaffirmed the ironclad commitment of the United States to the defense of the Republic of Korea',
    'Secretary Hegseth reaffirmed the U.S. commitment to defending the ROK.',
    'secretary hegseth reaffirmed the US commitment to defending the ROK today',
  ].map((wording, item) => ({ wording, item }));
  const groups = groupPhrasings(usages, 0.8);
  assert.deepEqual(
    groups.map((g) => g.usages.map((u) => u.item)),
    [[0, 2, 3], [1]],
  );
  assert.equal(groups[0].wording, usages[0].wording);
  assert.deepEqual(
    groupPhrasings(usages, 1).map((g) => g.usages.map((u) => u.item)),
    [[0, 2], [1], [3]],
  );
});
