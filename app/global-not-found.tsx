import type { Metadata } from 'next';
import './globals.css';
import NotFoundView from '@/components/NotFoundView';

export const metadata: Metadata = {
  title: 'Page not found / 페이지를 찾을 수 없습니다 · bouncekb',
  robots: { index: false },
};

/** One 404 for the whole static site; NotFoundView puts the language of the path first. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <NotFoundView />
      </body>
    </html>
  );
}
