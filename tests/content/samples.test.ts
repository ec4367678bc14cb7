/**
 * Every sample quoted in every article sends a paste of it to that article first. A failure says
 * where the sample went and why, so the author can fix the signature (or the sample).
 */
import { describe, expect, it } from 'vitest';
import { ContentError, loadArticles, type Article } from '../../lib/content/load';
import { toMatchArticles } from '../../lib/content/match-articles';
import { analyze, buildIndex } from '../../lib/matcher';

function load(): { articles: Article[]; problems: string[] } {
  try {
    return { articles: loadArticles(), problems: [] };
  } catch (e) {
    if (e instanceof ContentError) return { articles: [], problems: e.problems };
    throw e;
  }
}

const { articles, problems } = load();
const index = buildIndex(toMatchArticles(articles));

describe('content samples', () => {
  it('content/ loads without problems', () => {
    expect(problems).toEqual([]);
  });

  for (const article of articles) {
    article.samples.forEach((sample, k) => {
      it(`sample ${k + 1} of ${article.id} lands on ${article.id}`, async () => {
        const { diagnoses } = await analyze(sample, index, { lang: 'en' });
        const d = diagnoses[0];
        const top = d?.matches[0];
        const because = top
          ? `${top.why.kind}: ${top.why.detail} (diagnosis reason ${d?.reason}: ${d?.reasonWhy}; evidence ${JSON.stringify(top.evidence)})`
          : `no match (${d ? `diagnosis reason ${d.reason}: ${d.reasonWhy}` : 'no diagnosis read from the sample'})`;
        expect(top?.id, `sample "${sample}" of article ${article.id} went to ${top?.id ?? 'nothing'} because ${because}`).toBe(article.id);
      });
    });
  }
});

// Replies whose article (and reason) were corrected against the Sisimai corpus: each lands on the
// page that explains it, with the reason that page gives.
const CORRECTED: Array<{ story: string; text: string; reason: string; id: string }> = [
  { story: "Barracuda's \"Message content rejected, UBE\" is its spam filter, not its IP blocklist", text: '550 5.7.1 Message content rejected, UBE, id=00000-22-225', reason: 'spamdetected', id: 'barracuda-550-571-ube-content-rejected' },
  { story: "Microsoft's 4.7.650 \"temporarily rate limited due to IP reputation\" is bad reputation, not the S3150 blocklist", text: '451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113)', reason: 'badreputation', id: 'outlook-451-47650-ip-reputation' },
  { story: "qmail's \"couldn't find a mail exchanger or IP address\" is a domain that takes no mail", text: "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", reason: 'notaccept', id: 'qmail-544-no-mail-exchanger' },
  { story: 'a bare 5.7.9 is the registry\'s "authentication mechanism too weak"', text: '534 5.7.9 Authentication mechanism is too weak', reason: 'securityerror', id: 'status-x-7-9' },
  { story: "Sendmail's 452 4.4.5 \"Insufficient disk space\" is a full system", text: '452 4.4.5 Insufficient disk space; try again later', reason: 'systemfull', id: 'status-x-4-5' },
  { story: 'T-Online\'s "A problem occurred ... (BL)" is its block list, whatever contact address the reply names', text: '554 IP=192.0.2.254 - A problem occurred. (Ask your postmaster for help or to contact neko@example.org to clarify.) (BL)', reason: 'blocked', id: 't-online-554-bl-a-problem-occurred' },
  { story: 'a 5.7.27 null-MX refusal is a domain that takes no mail', text: '550 5.7.27 <noreply@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)', reason: 'notaccept', id: 'status-x-7-27' },
];

describe('replies whose article was corrected', () => {
  for (const c of CORRECTED) {
    it(c.story, async () => {
      const d = (await analyze(c.text, index, { lang: 'en' })).diagnoses[0];
      expect(d?.reason).toBe(c.reason);
      expect(d?.matches[0]?.id).toBe(c.id);
    });
  }
});
