import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LANGS, type Lang } from '@/lib/matcher/vocabulary';
import { getArticle, getArticles } from '@/lib/site/data';
import { pageMeta } from '@/lib/site/meta';
import ArticleView from '@/components/ArticleView';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => getArticles().map((a) => ({ lang, id: a.id })));
}

type Params = Promise<{ lang: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, id } = (await params) as { lang: Lang; id: string };
  const a = getArticle(id);
  if (!a) return {};
  return pageMeta({ lang, path: `/errors/${id}/`, title: a.title[lang], description: a.summary[lang], type: 'article' });
}

export default async function ErrorPage({ params }: { params: Params }) {
  const { lang, id } = (await params) as { lang: Lang; id: string };
  const article = getArticle(id);
  if (!article) notFound();
  return <ArticleView article={article} lang={lang} />;
}
