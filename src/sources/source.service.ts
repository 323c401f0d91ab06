import { Call } from '../calls/call.entity';
import { EntityWrites } from '../common/entity-writes';
import { addDays } from '../common/validation';
import { Organization } from '../organizations/organization.entity';
import { Source } from './source.entity';
import type { SourceFields } from './source.inputs';

export const sourceWrites = new EntityWrites<Source, SourceFields>({
  entity: Source,
  unique: [
    { columns: ['publisher_id', 'kind', 'published_on', 'lower(title)'], nullsEqual: true, field: 'title', label: 'publisher, kind, publication date and title' },
    { columns: ['url'], field: 'url', label: 'URL' },
  ],
  defaults: { language: 'en' },
  read: (v, input) => ({
    kind: v.value('kind', input.kind),
    title: v.text('title', input.title, { max: 500, required: true }),
    url: v.url('url', input.url),
    publishedOn: v.date('publishedOn', input.publishedOn, { required: true }),
    publishedAt: v.instant('publishedAt', input.publishedAt),
    language: v.matches('language', input.language, /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "en" or "ja"', true),
    retrievedAt: v.instant('retrievedAt', input.retrievedAt),
    contentHash: v.matches('contentHash', input.contentHash && input.contentHash.toLowerCase(), /^[0-9a-f]{64}$/, 'a SHA-256 digest as 64 hexadecimal digits'),
    notes: v.text('notes', input.notes, { max: 5000, multiline: true }),
    publisherId: v.ref('publisherId', input.publisherId, Organization),
    callId: v.ref('callId', input.callId, Call),
  }),
  rules: (source, v) => {
    // publishedOn is the publisher's local date, which can be a day either side of the UTC date.
    const utcDate = source.publishedAt?.toISOString().slice(0, 10);
    if (utcDate && (utcDate < addDays(source.publishedOn, -1) || utcDate > addDays(source.publishedOn, 1))) {
      v.fail('publishedAt', `must fall within a day of publishedOn (${source.publishedOn})`);
    }
    v.order('retrievedAt', 'publishedAt', source.publishedAt, source.retrievedAt);
  },
});
