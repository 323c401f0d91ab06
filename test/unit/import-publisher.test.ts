/** The publisher a release names of itself on a line of its own (pipeline/publisher.ts). Invented documents. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { organizationName, publisherLine } from '../../src/imports/pipeline/publisher';
import { world } from './import-world';

describe('the publisher a document names of itself', () => {
  it('reads a line of its own at the foot or the head, in capitals or with a label', () => {
    assert.equal(
      publisherLine('Title\n\nThe two ministers met today.\n\nMINISTRY OF COASTAL AFFAIRS\n')?.name,
      'Ministry of Coastal Affairs',
    );
    assert.equal(
      publisherLine('Press note\nFrom: Department of Maritime Defence and The Rt Hon Jo Bell MP\nPublished today\n\nText.')?.name,
      'Department of Maritime Defence',
    );
    assert.equal(
      publisherLine('Issued by the Office of Naval Planning\n\nThe chiefs agreed to more drills.')?.name,
      'Office of Naval Planning',
    );
  });

  it('does not take a sentence that names a ministry for the publisher line', () => {
    assert.equal(publisherLine('Title\n\nThe Ministry of Coastal Affairs said the two ministers met today to discuss drills.\n'), null);
    assert.equal(organizationName('DEPARTMENT OF THE NAVY'), 'Department of the Navy');
    assert.equal(organizationName('Ministry of Defence'), 'Ministry of Defence');
  });

  it('proposes it, with the country the document names most, as the author of the release’s third-person prose', () => {
    const lex = new Lexicon({
      ...world(),
      countries: [...world().countries, { code: 'NZ', name: 'New Zealand', aliases: ['New Zealand’s'], timeZone: 'Pacific/Auckland' }],
    });
    const text =
      'PRESS RELEASE\n\nSecretary Harold Brennan spoke with New Zealand’s defence minister today.\n\nThe two ministers agreed to expand joint patrols in the South Pacific.\n\nMINISTRY OF DEFENCE PLANNING\n';
    const r = extract(lex, text, { kind: 'PRESS_RELEASE', publisherId: null, publishedOn: '2031-05-02', keepAll: true });
    const proposal = r.proposedOrganizations.find((o) => o.name === 'Ministry of Defence Planning');
    assert.ok(proposal, JSON.stringify(r.proposedOrganizations));
    assert.equal(proposal.countryCode, 'NZ');
    const patrols = r.passages.find((p) => /joint patrols/.test(p.text));
    assert.ok(patrols);
    assert.equal(patrols.proposedOrganization, proposal.key);
    assert.equal(patrols.attributedOrganizationId, null);
    // With a publisher on record the document's own name for it proposes nothing.
    const known = extract(lex, text, { kind: 'PRESS_RELEASE', publisherId: 2, publishedOn: '2031-05-02', keepAll: true });
    assert.ok(known.passages.every((p) => !p.proposedOrganization));
  });
});
