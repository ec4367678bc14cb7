/** Who acts first and the first fix step, read from an article's rendered body at build time. */
import { describe, expect, it } from 'vitest';
import { firstStep, whoActs } from '../../lib/bundle/guide';

const BODY = [
  '<h2 id="fix">Fix</h2>',
  '<h3 id="fix-sender">Sender</h3><ol><li>Do not resend yet.</li></ol>',
  '<h3 id="fix-admin">Admin</h3><p>Intro.</p><ol><li>Find the account whose volume spiked. On <strong>Postfix</strong>:<pre><code>grep x</code></pre></li><li>Two.</li></ol>',
  '<h3 id="fix-recipient">Recipient</h3><p>Check the address &amp; the filter.</p>',
  '<h2 id="related">Related</h2><ul><li>Not a step.</li></ul>',
].join('');

describe('first step and who acts', () => {
  it('the first list item of the section, without a trailing "On Postfix:" before a code block', () => {
    expect(firstStep(BODY, 'fix-admin')).toBe('Find the account whose volume spiked.');
    expect(firstStep(BODY, 'fix-sender')).toBe('Do not resend yet.');
  });

  it('a section written as a paragraph gives its first paragraph; entities decoded; nothing from the next section', () => {
    expect(firstStep(BODY, 'fix-recipient')).toBe('Check the address & the filter.');
    expect(firstStep('<h3 id="fix-sender">S</h3><h2 id="related">R</h2><ul><li>Not a step.</li></ul>', 'fix-sender')).toBeNull();
    expect(firstStep(BODY, 'nope')).toBeNull();
  });

  it('who acts: the first actor whose section exists (provider steps are the admin\'s)', () => {
    expect(whoActs(['sender-admin', 'provider'], BODY)).toEqual({ who: 'sender-admin', section: 'fix-admin' });
    expect(whoActs(['recipient-admin'], BODY)).toEqual({ who: 'recipient-admin', section: 'fix-recipient' });
    expect(whoActs(['provider'], '<h2 id="checks">Checks</h2><ol><li>x</li></ol>')).toEqual({ who: 'provider', section: 'checks' });
  });
});
