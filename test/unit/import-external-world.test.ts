import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { referenceDataset } from '../../src/seed/reference-dataset';
import { loadWorld, mergeWorld, type World } from '../bench/import-corpus';

/**
 * `mergeWorld`: what an external folder's `world.json` (`npm run bench:import -- --external DIR`) adds to the
 * corpus world, without a second record of anything the corpus world has.
 */
describe('mergeWorld (the world of an external folder)', () => {
  const base = loadWorld();
  const kishi: World['officials'][number] = { name: 'Nobuo Kishi', country: 'JP', aliases: ['Kishi Nobuo'] };
  const kishiCall: World['calls'][number] = {
    title: 'Austin–Kishi telephone call, January 2021',
    kind: 'PHONE_CALL',
    date: '2021-01-24',
    timeZone: 'Asia/Tokyo',
    participants: ['Lloyd J. Austin III', 'Nobuo Kishi'],
    initiator: 'Lloyd J. Austin III',
  };

  test('adds officials, holdings, calls and organizations the corpus world lacks, and keeps every entry it has', () => {
    const merged = mergeWorld(base, {
      officials: [kishi],
      holdings: [
        {
          official: 'Nobuo Kishi',
          post: 'Minister of Defense',
          organization: 'Ministry of Defense',
          capacity: 'SUBSTANTIVE',
          start: '2020-09-16',
          end: '2022-08-10',
        },
      ],
      calls: [kishiCall],
      organizations: [{ name: 'Yonhap News Agency', kind: 'MEDIA', country: 'KR' }],
    });
    assert.equal(merged.officials.length, base.officials.length + 1);
    assert.deepEqual(merged.officials.at(-1), kishi);
    assert.equal(merged.holdings.length, base.holdings.length + 1);
    assert.deepEqual(merged.calls.at(-1), kishiCall);
    assert.equal(merged.organizations.at(-1)!.name, 'Yonhap News Agency');
    assert.deepEqual(merged.commitments, base.commitments);
    assert.deepEqual(merged.posts, base.posts);
    // The corpus world itself is left as it was.
    assert.deepEqual(base, loadWorld());
  });

  test('an empty or partial external world changes nothing', () => {
    const merged = mergeWorld(base, {});
    for (const key of ['organizations', 'officials', 'posts', 'holdings', 'commitments', 'calls'] as const)
      assert.deepEqual(merged[key], base[key]);
  });

  test('an entry named again is not added twice: the same call or commitment is skipped, an official only gains aliases', () => {
    const austin = base.officials.find((o) => o.name === 'Lloyd J. Austin III')!;
    const merged = mergeWorld(base, {
      officials: [{ name: austin.name, country: 'US', aliases: ['Lloyd J. Austin', ...austin.aliases] }],
      calls: [base.calls[0]],
      commitments: [base.commitments[0]],
    });
    assert.equal(merged.officials.length, base.officials.length);
    assert.deepEqual(merged.officials.find((o) => o.name === austin.name)!.aliases, [...austin.aliases, 'Lloyd J. Austin']);
    assert.equal(merged.calls.length, base.calls.length);
    assert.equal(merged.commitments.length, base.commitments.length);
    assert.ok(!base.officials.find((o) => o.name === austin.name)!.aliases.includes('Lloyd J. Austin'));
  });

  test('a duplicate under another name, or a different entry under the same name, is refused', () => {
    // An official whose name is a corpus official's alias: the same person twice.
    assert.throws(
      () => mergeWorld(base, { officials: [{ name: 'Kihara Minoru', country: 'JP', aliases: [] }] }),
      /shares a name with Minoru Kihara/,
    );
    assert.throws(() => mergeWorld(base, { officials: [{ name: 'Minoru Kihara', country: 'KR', aliases: [] }] }), /is of JP/);
    // A recorded call between the same people on the same day, under another title.
    const call = base.calls[0];
    assert.throws(
      () => mergeWorld(base, { calls: [{ ...call, title: 'Another title', participants: [...call.participants].reverse() }] }),
      /is Hegseth/,
    );
    // A twin of a reference dataset call (seeded before the world, not in world.json): refused too.
    const seeded = referenceDataset.calls[0];
    assert.ok(!base.calls.some((c) => c.title === seeded.title));
    assert.throws(
      () =>
        mergeWorld(base, {
          calls: [
            {
              ...call,
              title: 'The same call, another title',
              date: seeded.date,
              participants: seeded.participants.map((p) => p.official.name).reverse(),
            },
          ],
        }),
      new RegExp(`is ${seeded.title}`),
    );
    // The same title with other facts.
    assert.throws(() => mergeWorld(base, { calls: [{ ...call, date: '2026-01-14' }] }), /differs/);
    assert.throws(() => mergeWorld(base, { commitments: [{ ...base.commitments[0], guarantor: 'JP' }] }), /differs/);
  });
});
