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
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM tree with a blank line between blocks (textContent would run paragraphs together). */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (SKIP.has(node.nodeName.toUpperCase())) return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) parts.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts.join('').replace(/[ \t]*\n[ \t]*/g, '\n');
}

export interface HtmlArticle {
  title: string | null;
  text: string;
  /** How the body was found: Mozilla Readability, or the whole body when it found no article. */
  method: 'readability' | 'body';
}

/**
 * The article body of a saved web page, by Mozilla's Readability (the reader view of Firefox)
 * on a server-side DOM (linkedom). Scripts, styles and navigation never reach the text.
 */
export function htmlToText(html: string): HtmlArticle {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  for (const el of Array.from(document.querySelectorAll('script,style,noscript,template,iframe,object'))) el.remove();
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
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
