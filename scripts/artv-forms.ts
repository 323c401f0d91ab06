/**
 * Offline checker: how many of the ways real documents state the Article V / Senkaku commitment (and the like for other
 * treaties) stage 6 reads, commitment and stance. Each form is an INVENTED sentence in a construction found in real
 * readouts, releases, joint statements, transcripts and wire stories (the list of pages is in the note of branch
 * i19-artv); negatives name the treaty or the islands without the commitment, or a commitment under another treaty.
 *
 *   npm run build && node dist/scripts/artv-forms.js [--verbose]
 */
import { commitmentsIn } from '../src/imports/pipeline/commitments';
import { extendedDeterrenceWorld } from '../test/unit/reference-lexicon';

export interface ArtVForm {
  form: string;
  text: string;
  /** The document's text before the passage (an earlier sentence, a reporter's question). */
  before?: string;
  countries?: string[];
  /** The stance stage 6 should give Article V / Senkaku; null: it must not be matched. */
  stance: 'AFFIRMS' | 'REAFFIRMS' | 'QUALIFIES' | 'WITHDRAWS' | null;
}

export const ARTV_FORMS: ArtVForm[] = [
  {
    form: 'Article V (roman) of the named treaty applies to the islands',
    text: 'The minister stated that Article V of the U.S.-Japan Security Treaty applies to the Senkaku Islands.',
    stance: 'AFFIRMS',
  },
  {
    form: 'Article 5 (digit), treaty named by its parties the other way round, "covers"',
    text: 'Article 5 of the Japan-U.S. security treaty covers the Senkakus, the envoy told the press.',
    stance: 'AFFIRMS',
  },
  {
    form: 'Article Five (word), "fall within the scope of", full treaty title',
    text: 'The Senkaku Islands fall within the scope of Article Five of the 1960 Treaty of Mutual Cooperation and Security.',
    stance: 'AFFIRMS',
  },
  {
    form: 'passive "are covered by" Article V of the bilateral treaty',
    text: 'The secretary further affirmed that the Senkaku Islands are covered by Article V of the bilateral security treaty.',
    stance: 'AFFIRMS',
  },
  {
    form: "the treaty's Article 5 (possessive)",
    text: "The two ministers reaffirmed that the security treaty's Article 5 applies to the Senkakus.",
    stance: 'REAFFIRMS',
  },
  {
    form: 'the treaty\'s Article 5 applies to "the islands" named in the sentence before',
    text: "Both ministers reaffirmed that the Japan-U.S. security treaty's Article 5 applies to the islands.",
    before: 'The envoy said his country remains committed to the defense of the Senkaku Islands.',
    stance: 'REAFFIRMS',
  },
  {
    form: 'noun "the application of Article 5 … to the islands"',
    text: 'They confirmed the application of Article 5 of the security treaty to the Senkaku Islands.',
    stance: 'REAFFIRMS',
  },
  {
    form: '"come under" Article 5',
    text: 'The official testified that the Senkakus come under Article 5 of the bilateral treaty.',
    stance: 'AFFIRMS',
  },
  {
    form: '"are subject to" Article 5 of the pact',
    text: 'The foreign minister said he was told the isles are subject to Article 5 of the security pact.',
    before: 'The two men met as tension grew around the Senkaku Islands.',
    stance: 'AFFIRMS',
  },
  {
    form: 'the islands by both names, "Senkaku/Diaoyu"',
    text: 'The spokesperson said the Senkaku/Diaoyu islands are clearly covered by the treaty.',
    stance: 'AFFIRMS',
  },
  {
    form: 'the islands by both names, "Senkaku Islands (Diaoyu)"',
    text: 'The leaders confirmed that Article 5 applies to the Senkaku Islands (Diaoyu).',
    stance: 'REAFFIRMS',
  },
  {
    form: 'the islands by their other name only, "Diaoyu"',
    text: 'The American side stated that Article 5 of the security treaty applies to the Diaoyu Islands.',
    stance: 'AFFIRMS',
  },
  {
    form: '"reiterated that … remain covered"',
    text: 'The secretary reiterated that the Senkaku Islands remain covered by Article V.',
    stance: 'REAFFIRMS',
  },
  {
    form: 'commitment to the defense of Japan under Article V, including the islands',
    text: 'The secretary reaffirmed the unwavering U.S. commitment to the defense of Japan under Article V, including the Senkaku Islands.',
    stance: 'REAFFIRMS',
  },
  {
    form: '"the defense obligation under Article 5 covers"',
    text: 'They reconfirmed that the U.S. defense obligation under Article 5 of the treaty covers the Senkaku Islands.',
    stance: 'REAFFIRMS',
  },
  {
    form: '"including the application of Article 5 … was unwavering"',
    text: 'The secretary said the U.S. commitment to defending Japan, including the application of Article 5 of the security treaty to the Senkaku Islands, was unwavering.',
    stance: 'REAFFIRMS',
  },
  {
    form: 'long-standing policy on the islands, "Article 5 applies"',
    text: 'I made clear that our long-standing policy on the Senkakus stands, and as such Article 5 of the treaty applies.',
    stance: 'AFFIRMS',
  },
  {
    form: 'transcript answer "Yes, Article 5 applies" to a question naming the islands',
    text: 'Yes, Article 5 applies.',
    before: 'Q: Does Article 5 of the security treaty cover the Senkaku Islands?',
    stance: 'AFFIRMS',
  },
  {
    form: 'transcript with "-- (inaudible) --" inside the treaty name and for the islands',
    text: 'And once again, reaffirm that Article 5 of the Japan -- (inaudible) -- security treaty applies to the (inaudible).',
    stance: 'REAFFIRMS',
  },
  {
    form: '"would extend to the contested islands" (the islands named before)',
    text: 'The president confirmed that Article 5 of the treaty would extend to the contested islands.',
    before: 'The Senkaku Islands are administered by Japan.',
    stance: 'REAFFIRMS',
  },
  {
    form: 'treaty commitment absolute, Article 5 covers all territories, including the islands',
    text: "Our treaty commitment to Japan's security is absolute, and Article 5 covers all territories under Japan's administration, including the Senkaku Islands.",
    stance: 'AFFIRMS',
  },
  { form: '"Art. V" abbreviation', text: 'The communique affirmed that Art. V of the treaty applies to the Senkakus.', stance: 'AFFIRMS' },
  {
    form: 'ordinal "the fifth article of the treaty"',
    text: 'The minister said the fifth article of the security treaty covers the Senkaku Islands.',
    stance: 'AFFIRMS',
  },
  {
    form: 'treaty named by kind only, "fall under the security treaty"',
    text: 'The Senkakus fall under the Japan-U.S. security treaty, the spokesperson said.',
    stance: 'AFFIRMS',
  },
  {
    form: '"protected by" the treaty',
    text: 'The Senkaku Islands are protected by the U.S.-Japan security treaty, the Pentagon said.',
    stance: 'AFFIRMS',
  },
  {
    form: '"will defend the islands, as stipulated by Article 5"',
    text: 'Washington will defend the Senkaku Islands as stipulated by Article 5 of the security treaty.',
    stance: 'AFFIRMS',
  },
  {
    form: 'the islets / isles',
    text: 'The two defense chiefs reaffirmed the application of the security treaty to the Senkaku isles.',
    stance: 'REAFFIRMS',
  },
  {
    form: '"Article 5 is applicable to"',
    text: 'The visitors told their hosts that Article 5 of the treaty is applicable to the Japan-administered islets.',
    before: 'The dispute over the Senkakus dominated the talks.',
    stance: 'AFFIRMS',
  },
  {
    form: 'reported speech with "said" after, "U.S. defense obligation applies"',
    text: 'The U.S. defense obligation under Article 5 applies to the Senkaku Islands, the minister told reporters.',
    stance: 'AFFIRMS',
  },
  {
    form: 'Article V of the Treaty of Mutual Cooperation and Security between Japan and the United States',
    text: 'The ministers affirmed that Article V of the Treaty of Mutual Cooperation and Security between Japan and the United States of America applies to the Senkaku Islands.',
    stance: 'AFFIRMS',
  },
  {
    form: 'negated weakening: "no change" to the application',
    text: 'There is no change to the application of Article 5 to the Senkaku Islands, the secretary said.',
    stance: 'REAFFIRMS',
  },
  // Negatives: the treaty or the islands without the commitment; another treaty's commitment.
  {
    form: 'NEG: ships near the islands',
    text: "China's coast guard ships entered the waters near the Senkaku Islands again on Monday.",
    stance: null,
  },
  {
    form: "NEG: the treaty's history",
    text: 'The security treaty was signed in 1960 and revised the earlier pact.',
    before: 'The Senkaku Islands lie in the East China Sea.',
    stance: null,
  },
  {
    form: 'NEG: no position on sovereignty',
    text: 'Washington does not take a position on the ultimate sovereignty of the Senkaku Islands.',
    stance: null,
  },
  { form: 'NEG: administration since 1972', text: 'The Senkaku Islands have been under Japanese administration since 1972.', stance: null },
  {
    form: 'NEG: what Article 5 says',
    text: 'Article 5 of the treaty states that each party would act to meet the common danger.',
    stance: null,
  },
  {
    form: 'NEG: Article V and a cyber attack',
    text: 'A cyber attack could, in certain cases, constitute an armed attack for the purposes of Article V of the security treaty.',
    stance: null,
  },
  {
    form: 'NEG: Article 5 of the North Atlantic Treaty',
    text: 'Article 5 of the North Atlantic Treaty applies to an attack on any member of the alliance.',
    stance: null,
  },
  {
    form: 'NEG: Article IV of the Philippines treaty',
    text: 'Any armed attack on Philippine forces, aircraft or public vessels in the South China Sea would trigger obligations under Article IV of our Mutual Defense Treaty.',
    countries: ['US', 'PH'],
    stance: null,
  },
  { form: 'NEG: a question alone', text: 'Q: Does Article 5 of the security treaty cover the Senkaku Islands?', stance: null },
  {
    form: 'NEG: Article 5 of the treaty applies to the islands of another country',
    text: 'Article IV of the Mutual Defense Treaty applies to attacks on Philippine vessels near Second Thomas Shoal.',
    countries: ['US', 'PH'],
    stance: null,
  },
];

export function checkForms(forms = ARTV_FORMS) {
  const { lex, ids } = extendedDeterrenceWorld();
  return forms.map((f) => {
    const countries = f.countries ?? ['US', 'JP'];
    const document = `${f.before ?? ''} ${f.text}`.trim();
    const found = commitmentsIn(lex, f.text, { countries, proposals: [], before: f.before, document }).matched.find(
      (m) => m.commitment.id === ids.ARTICLE_V,
    );
    const got = found ? (found.stance ?? 'AFFIRMS') : null;
    return { ...f, got, commitmentRight: !!found === (f.stance != null), stanceRight: got === f.stance };
  });
}

if (require.main === module) {
  const results = checkForms();
  const verbose = process.argv.includes('--verbose');
  for (const r of results)
    if (verbose || !r.stanceRight)
      console.log(
        `${r.stanceRight ? 'ok  ' : r.commitmentRight ? 'STANCE' : 'MISS'}  ${r.form}: expected ${r.stance ?? 'none'}, got ${r.got ?? 'none'}`,
      );
  const pos = results.filter((r) => r.stance != null);
  const neg = results.filter((r) => r.stance == null);
  console.log(
    `forms: ${pos.filter((r) => r.commitmentRight).length}/${pos.length} commitment, ${pos.filter((r) => r.stanceRight).length}/${pos.length} commitment and stance; negatives kept clear: ${neg.filter((r) => r.commitmentRight).length}/${neg.length}`,
  );
}
