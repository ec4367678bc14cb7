/**
 * The first fix step of an article for the person who acts first, read from the rendered body:
 * the first list item under the `fix-*` heading of that person (content/AUTHORING.md's skeleton).
 */
import type { Actor } from '../matcher/vocabulary';
import { FIX_SECTION } from './data';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&amp;': '&' };

/** Plain text of an HTML fragment, on one line. */
function plainText(html: string): string {
  return html
    .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:lt|gt|quot|amp|#x27|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first list item (or paragraph) after the heading `id` and before the next heading, as
 * plain text; the first sentence only when the item is long.
 *
 * @example
 * firstStep('<h3 id="fix-admin">A</h3><ol><li>Check the log.</li></ol>', 'fix-admin'); // 'Check the log.'
 */
export function firstStep(html: string, id: string): string | null {
  const at = html.indexOf(` id="${id}"`);
  if (at < 0) return null;
  const rest = html.slice(at);
  const nextHeading = rest.slice(1).search(/<h[1-6][ >]/);
  const section = nextHeading < 0 ? rest : rest.slice(0, nextHeading + 1);
  // Steps are a numbered list; a short section may be one paragraph instead.
  const li = /<li>([\s\S]*?)(?:<\/li>|<ol|<ul)/.exec(section) ?? /<p>([\s\S]*?)<\/p>/.exec(section);
  if (!li) return null;
  let text = plainText(li[1] as string);
  // "On Postfix:" before a code block that is not shown: keep the sentences before it.
  const lead = /^(.*[.!?。])\s+[^.!?。]{1,60}:$/u.exec(text);
  if (lead) text = lead[1] as string;
  if (text.length <= 120) return text || null;
  const sentence = /^.{20,200}?[.!?。](?=\s)|^.{20,200}?다\.(?=\s)/u.exec(text);
  return sentence ? sentence[0] : `${text.slice(0, 197)}...`;
}

/**
 * The actor who acts first and the section holding their steps: the article's first actor whose
 * section exists, else the first section present.
 *
 * @example
 * whoActs(['sender-admin', 'provider'], html); // { who: 'sender-admin', section: 'fix-admin' }
 */
export function whoActs(actors: readonly Actor[], html: string): { who: Actor | null; section: string | null } {
  for (const a of actors) {
    const s = FIX_SECTION[a];
    if (html.includes(` id="${s}"`)) return { who: a, section: s };
  }
  for (const s of ['fix-admin', 'fix-sender', 'fix-recipient']) if (html.includes(` id="${s}"`)) return { who: actors[0] ?? null, section: s };
  // Code pages (standard) have no fix-* sections: their "checks, in order" come first.
  const section = ['fix', 'checks'].find((s) => html.includes(` id="${s}"`)) ?? null;
  return { who: actors[0] ?? null, section };
}
