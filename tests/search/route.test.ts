import { describe, expect, it } from 'vitest';
import { isTypedQuery } from '../../lib/search/protocol';

describe('typed query or paste', () => {
  it('short lines of words and bare codes are typed queries', () => {
    for (const q of ['스팸 차단', 'relay denied', '5.7.1', '550 5.7.1', 'gmail 5.7.26', 'outlook S3150', 'ㅅㅍ ㅊㄷ', '554 5.7.1 DAS51']) expect(isTypedQuery(q), q).toBe(true);
  });

  it('anything that looks like a bounce goes to the matcher', () => {
    for (const q of [
      '<kim@hanmail.net>: host mx1.hanmail.net[203.0.113.5] said: 554 5.7.1 DAS51',
      'Final-Recipient: rfc822; kim@example.com\nStatus: 5.1.1',
      'smtp;550 5.1.1 user unknown',
      'The email account that you tried to reach does not exist. Please try double-checking',
      '',
    ]) expect(isTypedQuery(q), q).toBe(false);
  });
});
