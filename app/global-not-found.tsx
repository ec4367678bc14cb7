import type { Metadata } from 'next';
import './globals.css';
import Link from 'next/link';
import { DICTIONARIES } from '@/lib/i18n';

export const metadata: Metadata = {
  title: '404: 페이지를 찾을 수 없습니다 / Page not found · bouncekb',
  robots: { index: false },
};

/** One 404 for the whole static site, in both languages (a static host serves it for any miss). */
export default function GlobalNotFound() {
  const { ko, en } = DICTIONARIES;
  return (
    <html lang="ko">
      <body>
        <main>
          <section lang="ko">
            <h1>{ko.notFoundTitle}</h1>
            <p>{ko.notFoundBody}</p>
            <p><Link href="/ko/">{ko.home}</Link></p>
          </section>
          <section lang="en">
            <h2>{en.notFoundTitle}</h2>
            <p>{en.notFoundBody}</p>
            <p><Link href="/en/">{en.home}</Link></p>
          </section>
        </main>
      </body>
    </html>
  );
}
