import { describe, expect, it } from 'vitest';
import { articlesForCode, codeCovers } from '../../lib/matcher/codequery';

const a = (id: string, kind: 'seed' | 'provider' | 'standard' | 'reason', replyCodes: string[], statusCodes: string[]) => ({ id, kind, replyCodes, statusCodes });
const ARTICLES = [
  a('reason-blocked', 'reason', ['554'], ['5.7.1']),
  a('status-x-7-1', 'standard', [], ['X.7.1']),
  a('daum-ip', 'seed', ['554'], ['5.7.1']),
  a('gmail-ptr', 'provider', ['550'], ['5.7.25']),
  a('aol-dyn', 'seed', ['421'], ['4.7.1']),
];

describe('the one code->articles helper', () => {
  it('covers a concrete code by its generic page and a generic query by every class', () => {
    expect(codeCovers('X.7.1', '5.7.1')).toBe(true);
    expect(codeCovers('5.7.1', 'X.7.1')).toBe(true);
    expect(codeCovers('5.7.1', '4.7.1')).toBe(false);
    expect(codeCovers('X.7.1', 'X.7.10')).toBe(false);
  });

  it('lists carriers specific first, then the generic page, then reason pages', () => {
    expect(articlesForCode('5.7.1', ARTICLES).map((x) => x.id)).toEqual(['daum-ip', 'status-x-7-1', 'reason-blocked']);
    expect(articlesForCode('4.7.1', ARTICLES).map((x) => x.id)).toEqual(['aol-dyn', 'status-x-7-1']);
    expect(articlesForCode('X.7.1', ARTICLES).map((x) => x.id)).toEqual(['aol-dyn', 'daum-ip', 'status-x-7-1', 'reason-blocked']);
    expect(articlesForCode('554', ARTICLES).map((x) => x.id)).toEqual(['daum-ip', 'reason-blocked']);
    expect(articlesForCode('5.5.5', ARTICLES)).toEqual([]);
  });
});
