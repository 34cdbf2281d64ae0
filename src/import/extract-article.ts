import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';

/**
 * Article extraction: a saved web page holds the leaflet inside the site's furniture
 * (navigation, cookie banners, "share this", footers, scripts, forms). Keep the article and
 * list every element left out, with its element path and place, so a person can check that
 * no clinical text went with it.
 */

/** An element of the source left out of the handout, and why. */
export interface LeftOut {
  /** Where it was: `body > nav.site-menu`, with its line and column in the file. */
  path: string;
  line: number;
  column: number;
  /** Why, in words ("site navigation", "script: never run"). */
  reason: string;
  /** The start of its text, so the report shows what went. */
  text: string;
}

/** Elements that are never content: code, embedded objects and form controls. */
const NEVER_CONTENT: Record<string, string> = {
  script: 'script: never run',
  noscript: 'fallback for browsers without scripts',
  style: 'style sheet',
  template: 'template',
  iframe: 'embedded frame: the press fetches nothing',
  object: 'embedded object',
  embed: 'embedded object',
  form: 'form',
  button: 'button',
  input: 'form field',
  select: 'form field',
  textarea: 'form field',
  dialog: 'pop-up dialog',
  canvas: 'drawing surface for scripts',
  svg: 'inline SVG drawing (not a PNG or JPEG)',
  video: 'video',
  audio: 'audio',
  link: 'link to another resource',
  meta: 'page metadata',
};

/** Landmark elements that hold site furniture when they are not inside the article. */
const FURNITURE_TAGS: Record<string, string> = {
  nav: 'site navigation',
  header: 'page header',
  footer: 'page footer',
  aside: 'sidebar',
};

const FURNITURE_ROLES: Record<string, string> = {
  navigation: 'site navigation',
  banner: 'page header',
  contentinfo: 'page footer',
  complementary: 'sidebar',
  search: 'search box',
  dialog: 'pop-up dialog',
  alertdialog: 'pop-up dialog',
};

/**
 * Class and id names that mark furniture, and what they are. Each is matched against one whole
 * class name or the id, so a clinic's own "social-support" or "related-conditions" section is
 * not taken for a share bar or a list of links.
 */
const FURNITURE_NAMES: Array<[RegExp, string]> = [
  [/cookie|consent|gdpr/i, 'cookie banner'],
  [/^(share|sharing|share-?this|share-?(bar|buttons|links|tools)|social-?(share|sharing|links|media|icons|buttons)|addthis.*)$/i, '"share this" links'],
  [/breadcrumb/i, 'breadcrumb trail'],
  [/^skip-?(link|links|to-content|to-main|nav)$/i, 'skip link'],
  [/newsletter|^subscribe|^sign-?up/i, 'newsletter sign-up'],
  [/^related(-(pages|articles|links|content|posts|stories))?$/i, 'related pages'],
  [/sidebar/i, 'sidebar'],
  [/^(nav|navbar|navigation|menu)([-_].*)?$|[-_](nav|navbar|navigation|menu)$/i, 'site navigation'],
  [/^(site-?header|masthead|global-header)$/i, 'page header'],
  [/^(site-?footer|global-footer)$/i, 'page footer'],
  [/^(ad|ads|advert|adverts|advertisement|banner-ad|promo|sponsored)$/i, 'advertisement'],
  [/^(popup|modal|overlay)([-_].*)?$/i, 'pop-up'],
  [/^(comments|comment-section|comments-area|disqus.*)$/i, 'comments'],
  [/^(print-this|print-page|back-to-top|page-tools)$/i, 'page tool'],
];

/** The article, and what was left out around and inside it. */
export interface ExtractedArticle {
  /** A root holding only the article's content. */
  article: Root;
  leftOut: LeftOut[];
  /** The page's `<title>`, for when the article has no heading. */
  pageTitle: string | null;
  /** Inline event handlers (`onclick`…) removed, with where they were. */
  handlers: LeftOut[];
}

/**
 * Find the article of a page (`<main>`, else the one `<article>`, else `role="main"`, else
 * `<body>`), drop everything around it, and drop furniture, scripts and forms inside it.
 * @param tree The page, parsed with positions.
 * @returns The article and every element left out.
 */
export function extractArticle(tree: Root): ExtractedArticle {
  const leftOut: LeftOut[] = [];
  const handlers: LeftOut[] = [];
  const html = findFirst(tree.children, (el) => el.tagName === 'html');
  const head = findFirst(tree.children, (el) => el.tagName === 'head');
  const titleElement = head ? findFirst(head.children, (el) => el.tagName === 'title') : null;
  const pageTitle = titleElement ? collapse(toText(titleElement)) || null : null;
  const body = findFirst(tree.children, (el) => el.tagName === 'body') ?? html;
  const start = body ? body.children : tree.children;
  const root = pickArticleRoot(start);

  /**
   * @param outside Above the article root (everything here but the way down to it is left out).
   * @param inArticle Inside an explicit `<main>`/`<article>`: its own `<header>` and `<footer>` are content.
   */
  const keep = (nodes: readonly (RootContent | ElementContent)[], path: string, outside: boolean, inArticle: boolean): ElementContent[] => {
    const kept: ElementContent[] = [];
    for (const node of nodes) {
      if (node.type === 'comment' || node.type === 'doctype') continue;
      if (node.type === 'text') {
        if (!outside || node.value.trim() === '') kept.push(node);
        else leftOut.push(place(node, path, 'text outside the article', node.value));
        continue;
      }
      if (node.type !== 'element') continue;
      const here = `${path}${path ? ' > ' : ''}${describe(node)}`;
      const never = NEVER_CONTENT[node.tagName];
      if (never) {
        leftOut.push(place(node, here, never, toText(node)));
        continue;
      }
      if (outside && root && node !== root) {
        if (contains(node, root)) {
          kept.push(...keep(node.children, here, true, false));
        } else if (hasText(node) || hasImage(node)) {
          leftOut.push(place(node, here, furnitureReason(node) ?? 'outside the article', toText(node)));
        }
        continue;
      }
      const furniture = node === root ? null : furnitureReason(node, inArticle);
      if (furniture) {
        // An empty icon or spacer loses nothing: only furniture with words or pictures is listed.
        if (hasText(node) || hasImage(node)) leftOut.push(place(node, here, furniture, toText(node)));
        continue;
      }
      if (node.properties['hidden'] !== undefined && node.properties['hidden'] !== false) {
        if (hasText(node)) leftOut.push(place(node, here, 'hidden on the page', toText(node)));
        continue;
      }
      const names = Object.keys(node.properties).filter((name) => /^on/i.test(name));
      if (names.length > 0) handlers.push(place(node, here, `inline event handler${names.length > 1 ? 's' : ''} ${names.map((name) => name.toLowerCase()).join(', ')} removed, never run`, ''));
      const properties = Object.fromEntries(Object.entries(node.properties).filter(([name]) => !/^on/i.test(name)));
      kept.push({ ...node, properties, children: keep(node.children, here, false, inArticle || node === root) });
    }
    return kept;
  };
  // The head is never content, but a script there is still reported: the page carried code.
  for (const el of head ? findAll(head.children, (candidate) => candidate.tagName === 'script' || candidate.tagName === 'iframe') : []) {
    leftOut.push(place(el, `head > ${describe(el)}`, NEVER_CONTENT[el.tagName] ?? 'page code', toText(el)));
  }
  const children = keep(start, body ? 'body' : '', root !== null, false);
  return { article: { type: 'root', children }, leftOut, pageTitle, handlers };
}

/** The element that holds the article: `<main>`, the only `<article>`, `role="main"`; null for the whole body. */
function pickArticleRoot(nodes: readonly (RootContent | ElementContent)[]): Element | null {
  const mains = findAll(nodes, (el) => el.tagName === 'main' || el.properties['role'] === 'main');
  if (mains.length === 1 && mains[0]) return mains[0];
  const articles = findAll(nodes, (el) => el.tagName === 'article');
  if (articles.length === 1 && articles[0]) return articles[0];
  return null;
}

/** Why an element is furniture, or null. Inside the article, only class/id/role names count, not `<header>`. */
function furnitureReason(el: Element, insideArticle = false): string | null {
  const role = typeof el.properties['role'] === 'string' ? el.properties['role'] : '';
  if (FURNITURE_ROLES[role]) return FURNITURE_ROLES[role];
  if (String(el.properties['ariaHidden']) === 'true') return 'hidden from readers (aria-hidden)';
  // An article's own <header> holds its title, and its <footer> may hold the clinic's notes.
  if (!insideArticle && FURNITURE_TAGS[el.tagName]) return FURNITURE_TAGS[el.tagName] ?? null;
  // An <aside> inside the article is often the clinic's own box ("Important: …"): only its name can make it furniture.
  if (insideArticle && el.tagName === 'nav') return FURNITURE_TAGS[el.tagName] ?? null;
  const names = [...classNames(el), typeof el.properties['id'] === 'string' ? el.properties['id'] : ''].filter((name) => name !== '');
  for (const [pattern, reason] of FURNITURE_NAMES) if (names.some((name) => pattern.test(name))) return reason;
  return null;
}

function classNames(el: Element): string[] {
  const value = el.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? String(value).split(/\s+/) : [];
}

/** `tag#id.class` for an element path, as a person would write a CSS selector. */
function describe(el: Element): string {
  const id = typeof el.properties['id'] === 'string' ? `#${el.properties['id']}` : '';
  const classes = classNames(el).slice(0, 2).map((name) => `.${name}`).join('');
  return `${el.tagName}${id}${classes}`;
}

function place(node: RootContent | ElementContent, path: string, reason: string, text: string): LeftOut {
  return { path, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, reason, text: collapse(text) };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function hasText(node: Element): boolean {
  return collapse(toText(node)) !== '';
}

function hasImage(node: Element): boolean {
  return findAll(node.children, (el) => el.tagName === 'img').length > 0;
}

function contains(ancestor: Element, target: Element): boolean {
  return ancestor.children.some((child) => child === target || (child.type === 'element' && contains(child, target)));
}

function findFirst(nodes: readonly (RootContent | ElementContent)[], test: (el: Element) => boolean): Element | null {
  return findAll(nodes, test)[0] ?? null;
}

/** Elements that pass the test, outermost first (a match's own descendants are not searched). */
function findAll(nodes: readonly (RootContent | ElementContent)[], test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (test(node)) found.push(node);
    else found.push(...findAll(node.children, test));
  }
  return found;
}
