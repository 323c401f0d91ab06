import { Readability } from '@mozilla/readability';

// linkedom ships CommonJS beside its ES module, but its type declarations are ESM-only; the part used here, typed.
interface LinkedDocument {
  querySelectorAll(selector: string): ArrayLike<{ remove(): void }>;
  querySelector(selector: string): { textContent: string | null } | null;
  body: unknown;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseHTML } = require('linkedom') as { parseHTML: (html: string) => { document: LinkedDocument } };

/** Saved pages larger than this are refused before parsing (the article text is far smaller). */
export const MAX_HTML_CHARS = 2_000_000;

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'HEAD']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
}

/**
 * Text of a DOM tree with a blank line between blocks (textContent would run paragraphs together).
 * A loop over firstChild/nextSibling, not recursion over childNodes: linkedom builds `childNodes`
 * anew at every read (quadratic over a node's children), and recursion overflows the stack on
 * deep trees.
 */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const enter = (node: DomNode): boolean => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return false;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return false;
    if (SKIP.has(node.nodeName.toUpperCase())) return false;
    if (BLOCK.has(node.nodeName.toUpperCase())) parts.push('\n\n');
    return node.firstChild !== null;
  };
  const leave = (node: DomNode) => {
    if (node.nodeType === 1 && BLOCK.has(node.nodeName.toUpperCase())) parts.push('\n\n');
  };
  let node: DomNode | null;
  if (!enter(root)) return parts.join('');
  node = root.firstChild;
  while (node && node !== root) {
    if (enter(node)) {
      node = node.firstChild!;
      continue;
    }
    leave(node);
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node);
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return parts.join('').replace(/[ \t]*\n[ \t]*/g, '\n');
}

// ---------------------------------------------------------------------------------------------
// Bounds, checked in one linear pass before any parser sees the page

/** Deeper nesting than this, or more elements than MAX_HTML_ELEMENTS, and the page is flattened instead of parsed. */
export const MAX_HTML_DEPTH = 64;
export const MAX_HTML_ELEMENTS = 3_000;

/** Inline formatting carries no structure Readability or the text need: removed before parsing (12,000 `<b>` took 19 s). */
const INLINE_TAG =
  /<\/?(?:b|i|u|s|em|strong|span|font|small|big|sub|sup|mark|abbr|cite|code|tt|var|kbd|samp|time|ins|del|strike|dfn|bdi|bdo|wbr|nobr|o:p)(?:[\s/][^<>]*)?>/gi;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
/** Opening one of these closes an open one of the same name (`<p>a<p>b`, `<li>`, `<td>`…). */
const SELF_CLOSING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot']);

/**
 * Comments and script-like elements with their content removed, by indexOf (a lazy regex is
 * quadratic on unclosed ones); an unclosed one runs to the end of the page, as in a browser.
 */
export function stripNonText(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  const opener = /<!--|<(script|style|noscript|template|iframe|object|svg|canvas|textarea)(?=[\s/>])/gi;
  for (;;) {
    opener.lastIndex = at;
    const m = opener.exec(html);
    if (!m) break;
    out += html.slice(at, m.index);
    if (m[0] === '<!--') {
      const close = html.indexOf('-->', m.index + 4);
      at = close < 0 ? html.length : close + 3;
    } else {
      const close = lower.indexOf(`</${m[1].toLowerCase()}`, m.index);
      if (close < 0) {
        at = html.length;
      } else {
        const gt = html.indexOf('>', close);
        at = gt < 0 ? html.length : gt + 1;
      }
    }
  }
  return out + html.slice(at);
}

export interface HtmlShape {
  elements: number;
  depth: number;
}

/** Elements and nesting depth as a browser would build them, near enough: one pass, a stack and a count per open name. */
export function htmlShape(html: string): HtmlShape {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;
  const stack: string[] = [];
  const open = new Map<string, number>();
  let elements = 0;
  let depth = 0;
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
  };
  for (const m of html.matchAll(tag)) {
    const name = m[2].toLowerCase();
    if (m[1]) {
      if (!open.get(name)) continue;
      while (stack.length && stack[stack.length - 1] !== name) pop();
      if (stack.length) pop();
      continue;
    }
    elements++;
    if (VOID.has(name) || m[3]) continue;
    if (SELF_CLOSING.has(name) && open.get(name)) {
      const top = stack.lastIndexOf(name);
      if (top >= stack.length - 3) while (stack.length > top) pop();
    }
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > depth) depth = stack.length;
  }
  return { elements, depth };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  eacute: 'é',
};

/** Character references of text outside a parser: numeric ones and the common named ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));/gi, (whole, dec, hex, name) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

const BLOCK_TAG = new RegExp(`<\\/?(?:${[...BLOCK].join('|')})(?=[\\s/>])[^<>]*>`, 'gi');

/** A page too deep or too large for a DOM: its tags removed (blocks become paragraph breaks), in linear time. */
function flatten(html: string): string {
  return decodeEntities(html.replace(BLOCK_TAG, '\n\n').replace(/<\/?[a-zA-Z][^<>]*>/g, ''));
}

export interface HtmlArticle {
  title: string | null;
  text: string;
  /**
   * How the body was found: Mozilla Readability, the whole body when it found no article, or
   * `flattened`: the page nests deeper than MAX_HTML_DEPTH or holds more than MAX_HTML_ELEMENTS
   * elements, so its tags were removed without building a DOM (navigation and clutter stay).
   */
  method: 'readability' | 'body' | 'flattened';
}

/**
 * The article body of a saved web page, by Mozilla's Readability (the reader view of Firefox)
 * on a server-side DOM (linkedom). Scripts, styles and navigation never reach the text.
 */
export function htmlToText(raw: string): HtmlArticle {
  const title = /<title(?:\s[^<>]*)?>([^<]{0,1000})/i.exec(raw);
  const html = stripNonText(raw).replace(INLINE_TAG, '');
  const shape = htmlShape(html);
  if (shape.depth > MAX_HTML_DEPTH || shape.elements > MAX_HTML_ELEMENTS) {
    return { title: title ? decodeEntities(title[1]).trim() || null : null, text: flatten(html), method: 'flattened' };
  }
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const pageTitle = (title && decodeEntities(title[1]).trim()) || null;
  let article: { title?: string | null; content?: string | null } | null;
  try {
    article = new Readability(document as never, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const text = blockText(body.body as unknown as DomNode);
    if (text.trim()) return { title: article.title?.trim() || pageTitle, text, method: 'readability' };
  }
  const body = document.body as unknown as DomNode | null;
  return { title: pageTitle, text: body ? blockText(body) : '', method: 'body' };
}
