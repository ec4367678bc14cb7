/**
 * Markdown to HTML for article bodies. Headings must carry an explicit id (`## Fix {#fix}`),
 * written identically in both languages, so `/ko/...#fix` and `/en/...#fix` point at the
 * same section.
 */
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root, Heading, Text } from 'mdast';
import { isSafeUrl, unsafeUrlMessage } from './safe-url';

export interface Section {
  id: string;
  depth: number;
  text: string;
}

export interface RenderedBody {
  html: string;
  sections: Section[];
}

const ID_SUFFIX = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

function headingText(h: Heading): string {
  return h.children.map((c) => ('value' in c ? String(c.value) : '')).join('').trim();
}

/** remark plugin: turns a trailing `{#id}` into the heading's id, and reports headings without one. */
function explicitHeadingIds(sections: Section[], problems: string[]) {
  return () => (tree: Root) => {
    const walk = (node: Root | Root['children'][number]): void => {
      if (node.type === 'heading') {
        const last = node.children[node.children.length - 1];
        const m = last && last.type === 'text' ? ID_SUFFIX.exec((last as Text).value) : null;
        if (!m || !last || last.type !== 'text') {
          problems.push(`heading "${headingText(node)}" has no explicit id (write it as "## Title {#some-id}")`);
          return;
        }
        last.value = last.value.replace(ID_SUFFIX, '');
        const id = m[1] as string;
        node.data = { ...node.data, hProperties: { id } };
        sections.push({ id, depth: node.depth, text: headingText(node) });
        return;
      }
      if ('children' in node) for (const child of node.children) walk(child as Root['children'][number]);
    };
    walk(tree);
  };
}

/**
 * remark plugin: reports every link, image and link definition whose target is not http(s),
 * mailto or relative (`[x](javascript:...)`, `<vbscript:...>`, `&#106;avascript:` once decoded),
 * and empties it, so even a page built past the check carries no such link.
 */
function safeLinks(problems: string[]) {
  return () => (tree: Root) => {
    const walk = (node: Root | Root['children'][number]): void => {
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
        problems.push(unsafeUrlMessage(node.url));
        node.url = '#';
      }
      if ('children' in node) for (const child of node.children) walk(child as Root['children'][number]);
    };
    walk(tree);
  };
}

/** Renders one language's body; `problems` collects what the author must fix. */
export function renderBody(markdown: string, problems: string[]): RenderedBody {
  const sections: Section[] = [];
  const html = String(
    remark()
      .use(remarkGfm)
      .use(explicitHeadingIds(sections, problems))
      .use(safeLinks(problems))
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  );
  return { html, sections };
}
