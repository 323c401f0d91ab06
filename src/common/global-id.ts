import { badInput, type ErrorDetails } from './errors';

/**
 * Global ids are opaque to clients: base64url of "Type:key". Clients must not parse them; the
 * server does, to route `node(id)` and to reject an id of the wrong type with a clear error.
 */
export function toGlobalId(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: string;
  key: string;
}

export function decodeGlobalId(id: string, details?: ErrorDetails): DecodedId {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200 || !/^[A-Za-z0-9_-]+$/.test(id)) {
    throw badInput(`"${String(id).slice(0, 60)}" is not a valid id`, details);
  }
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) throw badInput(`"${id}" is not a valid id`, details);
  return { type: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

/** Decodes an id that must name a row of `type` with an integer key. */
export function decodeRowId(id: string, type: string, details?: ErrorDetails): number {
  const decoded = decodeGlobalId(id, details);
  if (decoded.type !== type) throw badInput(`id "${id}" is a ${decoded.type} id, not a ${type} id`, details);
  if (!/^\d{1,10}$/.test(decoded.key) || Number(decoded.key) > 2147483647) {
    throw badInput(`"${id}" is not a valid ${type} id`, details);
  }
  return Number(decoded.key);
}
