/**
 * `npm run bench catalog`: the provider catalogs (tests/fixtures/catalog/*.json) per provider:
 * how often a documented error, pasted alone, lands first on a provider-specific article, on its
 * own catalog article, with the right reason, severity and status.
 */
import { loadArticles } from '../../lib/content/load';
import { toMatchArticles } from '../../lib/content/match-articles';
import { analyze, buildIndex } from '../../lib/matcher';
import { loadCatalogs } from '../../tests/matcher/catalog-data';

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

export default async function run(): Promise<void> {
  const articles = loadArticles();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const index = buildIndex(toMatchArticles(articles));
  const catalogs = loadCatalogs();
  if (!catalogs.length) {
    console.log('catalog: no catalog files in tests/fixtures/catalog');
    return;
  }
  const total = { n: 0, specific: 0, own: 0, reason: 0, severity: 0, status: 0, statusN: 0 };
  const misses: string[] = [];
  console.log(`${'provider'.padEnd(12)} ${'entries'.padStart(7)} ${'provider-specific'.padStart(17)} ${'own article'.padStart(11)} ${'reason'.padStart(7)} ${'severity'.padStart(8)} ${'status'.padStart(7)}`);
  for (const c of catalogs) {
    const t = { n: 0, specific: 0, own: 0, reason: 0, severity: 0, status: 0, statusN: 0 };
    for (const e of c.entries) {
      const d = (await analyze(e.text, index, { lang: 'en' })).diagnoses[0];
      const top = d?.matches[0];
      const a = top ? byId.get(top.id) : undefined;
      t.n++;
      if (a && (a.kind === 'provider' || a.kind === 'seed') && a.providers.includes(c.provider)) t.specific++;
      if (top?.id === e.article) t.own++;
      else misses.push(`${c.provider}: "${e.text.slice(0, 90)}" -> ${top?.id ?? 'nothing'} (want ${e.article})`);
      if (d?.reason === e.reason) t.reason++;
      if ((d?.severity ?? null) === e.severity) t.severity++;
      if (e.status) {
        t.statusN++;
        if (d?.status === e.status) t.status++;
      }
    }
    for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += t[k];
    console.log(`${c.provider.padEnd(12)} ${String(t.n).padStart(7)} ${pct(t.specific, t.n).padStart(17)} ${pct(t.own, t.n).padStart(11)} ${pct(t.reason, t.n).padStart(7)} ${pct(t.severity, t.n).padStart(8)} ${pct(t.status, t.statusN).padStart(7)}`);
  }
  const t = total;
  console.log(`${'all'.padEnd(12)} ${String(t.n).padStart(7)} ${pct(t.specific, t.n).padStart(17)} ${pct(t.own, t.n).padStart(11)} ${pct(t.reason, t.n).padStart(7)} ${pct(t.severity, t.n).padStart(8)} ${pct(t.status, t.statusN).padStart(7)}`);
  console.log('targets: provider-specific >= 85%, reason >= 90%, severity >= 99%, status 100%');
  if (misses.length) {
    console.log(`\nnot on their own article (${misses.length}, first 30):`);
    for (const m of misses.slice(0, 30)) console.log(`  ${m}`);
  }
}
