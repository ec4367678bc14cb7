import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { SITE_URL, absoluteUrl } from '@/lib/site/meta';

const title = 'bouncekb: SMTP bounce errors / 반송 메일 오류 사전';
const description = 'A bilingual field guide to SMTP bounce errors. 반송 메일 오류 사전 (한국어 / English).';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title,
  description,
  alternates: {
    canonical: absoluteUrl('/'),
    languages: { ko: absoluteUrl('/ko/'), en: absoluteUrl('/en/'), 'x-default': absoluteUrl('/') },
  },
  openGraph: { type: 'website', url: absoluteUrl('/'), title, description, siteName: 'bouncekb', images: [{ url: absoluteUrl('/og.png'), width: 1200, height: 630 }] },
  twitter: { card: 'summary', title, description, images: [absoluteUrl('/og.png')] },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
