/**
 * What a text variant may do. Variants restore wording a synonym spinner replaced ("Secretary of
 * Protection" → "Secretary of Defense", "readout mentioned" → "readout said"); they are applied
 * to every document imported after, by whoever added them. So a variant may change words but
 * never what the sentence asserts. Three rules, checked on the words of both sides:
 *
 * - `negation`: the same negations on both sides (not, no, never, n't, neither, nor, without, …):
 *   "is committed" → "is not committed" is refused.
 * - `stance-verb`: the same verbs of stance and reporting, counted by class: SUPPORT (affirm,
 *   reaffirm, confirm, pledge, commit, support, welcome, agree, …), OPPOSE (reject, deny, oppose,
 *   condemn, refuse, withdraw, …), DOUBT (question, doubt, qualify, reconsider, …), REPORT (say,
 *   state, mention, acknowledge, note, discuss, …). A verb may become another of its class
 *   ("acknowledged" → "stated"), never one of another class ("reaffirmed" → "rejected", "said" →
 *   "pledged"), and none may appear or vanish.
 * - `modality`: the same modal verbs, by class (will/would, can/could/able, may/might,
 *   must/should/shall): "will deploy" → "may deploy" is refused.
 *
 * A fourth keeps the text bounded: `length`, the restored wording at most three times as long
 * as the variant plus 20 characters (a 2-character variant restored to 200 turned 7 KB into 200 KB).
 */

export type VariantRule = 'negation' | 'stance-verb' | 'modality' | 'length';

export interface VariantRuleBreach {
  rule: VariantRule;
  message: string;
}

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'neither',
  'nor',
  'none',
  'nothing',
  'nobody',
  'nowhere',
  'without',
  'cannot',
  'non',
  'against',
  'neglect',
  'fail',
  'fails',
  'failed',
  'lack',
  'lacks',
  'lacked',
  'unwilling',
  'unable',
]);

/** Regular inflections of a verb: base, -s, -ed, -ing (with e-drop and y → i), plus any irregular forms given. */
function inflect(base: string, irregular: string[] = []): string[] {
  const forms = [base, ...irregular];
  if (base.endsWith('e')) forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`);
  else forms.push(`${base}s`, `${base}ed`, `${base}ing`);
  return forms;
}

/** [class, verbs]; a verb is `base` or `base:irregular1/irregular2` (doubled consonants, strong verbs). */
const VERB_CLASSES: [string, string[]][] = [
  [
    'SUPPORT',
    'affirm reaffirm confirm reconfirm verify reiterate pledge commit:committed/committing recommit:recommitted/recommitting vow promise assure reassure support endorse welcome agree concur uphold:upheld back guarantee honor honour stand:stood embrace accept approve'.split(
      ' ',
    ),
  ],
  [
    'OPPOSE',
    'reject deny oppose condemn denounce refuse decline withdraw:withdrew/withdrawn renounce abandon dismiss disagree criticize criticise protest object repudiate rebuff veto:vetoed/vetoes suspend cancel revoke'.split(
      ' ',
    ),
  ],
  ['DOUBT', 'question doubt qualify reconsider hesitate caution warn challenge dispute'.split(' ')],
  [
    'REPORT',
    'say:said tell:told state mention acknowledge note add explain describe announce remark comment discuss talk speak:spoke/spoken express stress emphasize emphasise underscore highlight report indicate declare write:wrote/written communicate converse'.split(
      ' ',
    ),
  ],
];
const MODAL_CLASSES: [string, string[]][] = [
  ['FUTURE', ['will', 'would', "'ll", 'wo']],
  ['ABILITY', ['can', 'could', 'able', 'capable']],
  ['POSSIBILITY', ['may', 'might', 'possibly', 'perhaps', 'likely']],
  ['OBLIGATION', ['must', 'should', 'shall', 'ought', 'need', 'needs']],
];

function classIndex(classes: [string, string[]][], expand: boolean): Map<string, string> {
  const index = new Map<string, string>();
  for (const [name, verbs] of classes) {
    for (const entry of verbs) {
      const [base, irregular] = entry.split(':');
      const forms = expand ? inflect(base, irregular?.split('/')) : [base];
      for (const form of forms) index.set(form, name);
    }
  }
  return index;
}
const VERB_CLASS = classIndex(VERB_CLASSES, true);
const MODAL_CLASS = classIndex(MODAL_CLASSES, false);

/**
 * Lower-case words, with "n't" split off as a negation ("isn't" → "is", "n't"; "can't" → "can",
 * "n't"). Unless `keepNames`, capitalized words after the first are taken for names ("United
 * States") and left out: they are not verbs.
 */
export function variantWords(phrase: string, keepNames = false): string[] {
  const words: string[] = [];
  const found = phrase.replace(/’/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  for (const [i, word] of found.entries()) {
    if (!keepNames && i > 0 && /^\p{Lu}/u.test(word)) continue;
    const raw = word.toLowerCase();
    if (raw.endsWith("n't")) {
      const stem = raw.slice(0, -3);
      words.push(stem === 'ca' ? 'can' : stem === 'wo' ? 'will' : stem, "n't");
    } else if (raw.endsWith("'ll")) words.push(raw.slice(0, -3), 'will');
    else words.push(raw.replace(/'s$/, ''));
  }
  return words;
}

const tally = (words: string[], pick: (w: string) => string | undefined) => {
  const counts = new Map<string, number>();
  for (const w of words) {
    const k = pick(w);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
};
const describe = (counts: Map<string, number>) =>
  counts.size ? [...counts].map(([k, n]) => (n > 1 ? `${n}×${k}` : k)).join(', ') : 'none';
const same = (a: Map<string, number>, b: Map<string, number>) => a.size === b.size && [...a].every(([k, n]) => b.get(k) === n);

/** The first rule a variant breaks, or null when restoring it changes wording only. */
export function variantRuleBreach(variant: string, restored: string): VariantRuleBreach | null {
  const negations = (phrase: string) =>
    tally(variantWords(phrase, true), (w) => (w === "n't" || NEGATIONS.has(w) ? 'negation' : undefined)).get('negation') ?? 0;
  if (negations(variant) !== negations(restored)) {
    return {
      rule: 'negation',
      message: `A text variant may not add or remove a negation ("${variant}" has ${negations(variant)}, "${restored}" ${negations(restored)}): variants restore spun wording, never change what a sentence asserts`,
    };
  }
  const a = variantWords(variant);
  const b = variantWords(restored);
  const stances = (words: string[]) => tally(words, (w) => VERB_CLASS.get(w));
  if (!same(stances(a), stances(b))) {
    return {
      rule: 'stance-verb',
      message: `A text variant may not change a verb of stance or reporting into one of another class, nor add or remove one ("${variant}": ${describe(stances(a))}; "${restored}": ${describe(stances(b))})`,
    };
  }
  const modals = (words: string[]) => tally(words, (w) => MODAL_CLASS.get(w));
  if (!same(modals(a), modals(b))) {
    return {
      rule: 'modality',
      message: `A text variant may not change a modal verb ("${variant}": ${describe(modals(a))}; "${restored}": ${describe(modals(b))})`,
    };
  }
  if (restored.trim().length > variant.trim().length * 3 + 20) {
    return {
      rule: 'length',
      message: `A text variant's restored wording may be at most three times as long as the variant plus 20 characters (${restored.trim().length} > ${variant.trim().length * 3 + 20})`,
    };
  }
  return null;
}
