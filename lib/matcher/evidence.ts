/**
 * Evidence as it occurs in the paste: a phrase found in the (whitespace-collapsed) diagnostic is
 * looked up again in the readable text so the UI can highlight it where the user pasted it, line
 * breaks included.
 */

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The substring of `text` that `evidence` stands for: itself if it occurs as is, else the same
 * words with any whitespace between them and any case; `evidence` unchanged if neither occurs.
 *
 * @example
 * locate('IP FREQUENCY LIMITED', '550 IP FREQUENCY\n   LIMITED'); // 'IP FREQUENCY\n   LIMITED'
 */
export function locate(evidence: string, text: string): string {
  if (!evidence || !text || text.includes(evidence)) return evidence;
  const words = evidence.trim().split(/\s+/).filter(Boolean).slice(0, 40);
  if (!words.length || evidence.length > 500) return evidence;
  // Words joined by \s+ only: linear, no nested quantifiers.
  const m = new RegExp(words.map(escapeRe).join('\\s+'), 'i').exec(text.length > 65536 ? text.slice(0, 65536) : text);
  return m ? m[0] : evidence;
}
