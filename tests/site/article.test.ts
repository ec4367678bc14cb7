import { describe, expect, it } from 'vitest';
import { demoteHeadings, linkedArticleIds, orderSections, splitSections, unfoldReply } from '../../lib/site/article';

describe('answer-first article order', () => {
  const html = '<p>lead</p>\n<h2 id="message">M</h2><pre><code>x</code></pre>\n<h2 id="cause">C</h2><p>c</p>\n<h2 id="fix">F</h2><h3 id="fix-admin">A</h3><p>f</p>\n<h2 id="related">R</h2><p>r</p>';

  it('cuts the body at its h2 headings and keeps every byte', () => {
    const s = splitSections(html);
    expect(s.map((x) => x.id)).toEqual(['', 'message', 'cause', 'fix', 'related']);
    expect(s.map((x) => x.html).join('')).toBe(html);
  });

  it('puts the fix first, then the message, the cause and the rest in the author order', () => {
    const o = orderSections(splitSections(html));
    expect(o.fix.map((x) => x.id)).toEqual(['fix']);
    expect(o.message?.id).toBe('message');
    expect(o.cause?.id).toBe('cause');
    expect(o.rest.map((x) => x.id)).toEqual(['', 'related']);
  });

  it('a body without a fix section has nothing in the fix slot', () => {
    const o = orderSections(splitSections('<h2 id="meaning">M</h2><h2 id="checks">C</h2>'));
    expect(o.fix).toEqual([]);
    expect(o.rest.map((x) => x.id)).toEqual(['meaning', 'checks']);
  });

  it('demotes headings without touching their ids', () => {
    expect(demoteHeadings('<h2 id="message">M</h2><h3 id="a">A</h3><hr>')).toBe('<h3 id="message">M</h3><h4 id="a">A</h4><hr>');
  });

  it('finds the articles a section links to', () => {
    const ids = linkedArticleIds('<a href="/ko/errors/gmail-550-5726-unauthenticated/">x</a> <a href="/en/codes/5.7.1/">y</a> <a href="/en/errors/reason-blocked/#fix">z</a>');
    expect([...ids]).toEqual(['gmail-550-5726-unauthenticated', 'reason-blocked']);
  });
});

describe('unfoldReply', () => {
  it('puts a flattened multi-line Gmail reply back on its lines', () => {
    const flat = '550-5.7.27 This mail has been blocked because SPF does not pass. 550-5.7.27 Gmail requires all large senders to authenticate with SPF. 550-5.7.27 550 5.7.27 https://support.google.com/mail/answer/81126#authentication - gsmtp';
    expect(unfoldReply(flat).split('\n')).toEqual([
      '550-5.7.27 This mail has been blocked because SPF does not pass.',
      '550-5.7.27 Gmail requires all large senders to authenticate with SPF.',
      '550-5.7.27',
      '550 5.7.27 https://support.google.com/mail/answer/81126#authentication - gsmtp',
    ]);
  });

  it('keeps the text before the reply on its own line', () => {
    const flat = 'host mx.example.net[198.51.100.26] said: 421-4.7.27 Rate limited. 421-4.7.27 Read more. - gsmtp (in reply to end of DATA command)';
    expect(unfoldReply(flat).split('\n')).toEqual([
      'host mx.example.net[198.51.100.26] said:',
      '421-4.7.27 Rate limited.',
      '421-4.7.27 Read more. - gsmtp (in reply to end of DATA command)',
    ]);
  });

  it('unfolds replies without an enhanced code', () => {
    expect(unfoldReply('554-mx.example.net ESMTP 554-No SMTP service here 554 Bye')).toBe('554-mx.example.net ESMTP\n554-No SMTP service here\n554 Bye');
  });

  it('leaves single-line replies and numbers inside the text alone', () => {
    const one = '554 5.7.1 DAS51 Your mail is blocked by the anti-spam system, 550 messages refused';
    expect(unfoldReply(one)).toBe(one);
    expect(unfoldReply('Connection timed out')).toBe('Connection timed out');
  });
});

describe('focusableCode', () => {
  it('makes command and config blocks reachable by keyboard, not the quoted replies that wrap', async () => {
    const { focusableCode } = await import('../../lib/site/article');
    expect(focusableCode('<p>a</p><pre><code class="language-sh">x</code></pre><pre><code>y</code></pre>')).toBe('<p>a</p><pre tabindex="0"><code class="language-sh">x</code></pre><pre tabindex="0"><code>y</code></pre>');
    const quote = '<pre><code class="language-text">550 5.7.1 blocked</code></pre>';
    expect(focusableCode(quote)).toBe(quote);
  });
});

describe('splitLead', () => {
  it('takes the first sentence of an English summary, not an abbreviation or a code', async () => {
    const { splitLead } = await import('../../lib/site/article');
    expect(splitLead('The server refused the message, e.g. with 5.7.1 in the reply. It is permanent. Fix SPF.', 'en')).toEqual({
      lead: 'The server refused the message, e.g. with 5.7.1 in the reply.',
      rest: 'It is permanent. Fix SPF.',
    });
    expect(splitLead('Only one sentence here.', 'en')).toEqual({ lead: 'Only one sentence here.', rest: '' });
  });

  it('splits a Korean summary after the first 다.', async () => {
    const { splitLead } = await import('../../lib/site/article');
    expect(splitLead('수신 서버가 거부했습니다. 550은 영구 오류라 다시 보내도 같습니다. 발송 서버 관리자가 고쳐야 합니다.', 'ko')).toEqual({
      lead: '수신 서버가 거부했습니다.',
      rest: '550은 영구 오류라 다시 보내도 같습니다. 발송 서버 관리자가 고쳐야 합니다.',
    });
  });
});
