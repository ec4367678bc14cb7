import { describe, expect, it } from 'vitest';
import { shortTitle, tellApart } from '../../lib/site/hub';

describe('tellApart: the phrase that tells an article apart under one code', () => {
  it('takes the first signature', () => {
    expect(tellApart({ signatures: ['RDENY', 'The receiver denied your mail'] })).toBe('RDENY');
  });

  it('drops bare codes and leading codes, and prefers a signature written for the hub code', () => {
    const a = { signatures: [['5.7.27', 'SPF'], ['5.7.26', 'SPF record with a']] as string[][] };
    expect(tellApart(a, '5.7.27')).toBe('SPF');
    expect(tellApart(a, '5.7.26')).toBe('SPF record with a');
    expect(tellApart({ signatures: [['550 5.1.1', 'No such user:']] })).toBe('No such user:');
    expect(tellApart({ signatures: ['550 5.1.1 No such user here'] })).toBe('No such user here');
  });

  it('has nothing to say for an article without signatures or with codes only', () => {
    expect(tellApart({ signatures: [] })).toBeNull();
    expect(tellApart({ signatures: [['550', '5.7.1']] })).toBeNull();
  });
});

describe('shortTitle', () => {
  it('keeps what follows the last colon when it says what happened', () => {
    expect(shortTitle({ title: { ko: 'x', en: 'Daum (Hanmail) 550 5.7.1 RDENY The receiver denied your mail: the recipient blocked you' } }, 'en')).toBe('the recipient blocked you');
  });

  it('keeps the whole title when the tail is a quote or too short', () => {
    const quoted = 'Barracuda: "blocked using b.barracudacentral.org"';
    expect(shortTitle({ title: { ko: quoted, en: quoted } }, 'ko')).toBe(quoted);
    expect(shortTitle({ title: { ko: '한메일: 차단', en: 'x' } }, 'ko')).toBe('한메일: 차단');
  });
});
