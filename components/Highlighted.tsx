/**
 * Shows text with the evidence terms wrapped in <mark>. Text is rendered as React text nodes,
 * never as HTML, so a pasted `<script>` or `<img onerror>` stays inert.
 */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(terms: string[]): RegExp | null {
  const clean = [...new Set(terms.map((x) => x.trim()).filter((x) => x.length >= 2))].sort((a, b) => b.length - a.length).slice(0, 20);
  // Evidence is quoted as it stands in the paste, line breaks included; match any whitespace run.
  return clean.length ? new RegExp(clean.map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+')).join('|'), 'gi') : null;
}

export default function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const re = termPattern(terms);
  if (!re) return <>{text}</>;
  const out: React.ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(<mark key={at}>{m[0]}</mark>);
    last = at + m[0].length;
    if (out.length > 400) break;
  }
  out.push(text.slice(last));
  return <>{out}</>;
}

/**
 * The lines of a (possibly huge) paste that carry evidence, with one line of context each,
 * capped so a 1 MB paste renders only a few kilobytes.
 */
export function evidenceWindow(text: string, terms: string[], maxChars = 6000): string {
  const re = termPattern(terms);
  const lines = text.slice(0, 2_000_000).split(/\r?\n/);
  if (!re) return lines.slice(0, 20).join('\n').slice(0, maxChars);
  const keep = new Set<number>();
  lines.forEach((line, i) => {
    re.lastIndex = 0;
    if (keep.size < 60 && re.test(line.slice(0, 4000))) [i - 1, i, i + 1].forEach((j) => j >= 0 && j < lines.length && keep.add(j));
  });
  const picked = [...keep].sort((a, b) => a - b);
  let out = '';
  let prev = -2;
  for (const i of picked) {
    if (i !== prev + 1 && out) out += '\n…\n';
    out += `${(lines[i] ?? '').slice(0, 1000)}\n`;
    prev = i;
    if (out.length > maxChars) break;
  }
  return out.slice(0, maxChars) || lines.slice(0, 20).join('\n').slice(0, maxChars);
}
