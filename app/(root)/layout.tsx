import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';

export const metadata: Metadata = {
  title: 'bouncekb: SMTP bounce errors / 반송 메일 오류 사전',
  description: 'A bilingual field guide to SMTP bounce errors. 반송 메일 오류 사전 (한국어 / English).',
  alternates: { languages: { ko: '/ko/', en: '/en/', 'x-default': '/' } },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
