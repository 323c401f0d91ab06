import { createHash } from 'node:crypto';

/**
 * The form two copies of one document share, whatever their typography: compatibility
 * normalization (NFKC: full-width forms, ligatures, "…" as "..."), curly and straight quotation
 * marks and apostrophes (’ ‘ ‚ ‛ ′ ʼ ` ´ as ', “ ” „ ‟ ″ « » as "), hyphens and dashes (‐ ‑ ‒ – — ―
 * − as -), and every run of white space (line breaks included) as one space.
 */
export function hashForm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u301d\u301e]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63]/g, '-')
    .replace(/[\s\u200b\ufeff]+/g, ' ')
    .trim();
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 (hex) of a document's hashForm: what makes a second copy a duplicate. */
export const contentHash = (text: string): string => sha256(hashForm(text));

/**
 * Every hash under which a source may have recorded this document: its content hash, and the
 * SHA-256 of the text as given and as normalized (a source recorded from a file keeps the file's).
 */
export function sourceHashes(raw: string, text: string): string[] {
  return [...new Set([contentHash(text), sha256(raw), sha256(text)])];
}
