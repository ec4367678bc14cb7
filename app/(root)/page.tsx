import Link from 'next/link';

/**
 * `/`: sends the browser to /ko/ or /en/ by its language; without JS the two links do it.
 * The script is static (no user data), so it runs before paint and never flashes this page.
 */
const pickLanguage = `(function(){try{var l=(navigator.languages&&navigator.languages[0])||navigator.language||'';location.replace(/^ko\\b/i.test(l)?'/ko/':'/en/');}catch(e){}})();`;

export default function LanguageChoice() {
  return (
    <main>
      <script dangerouslySetInnerHTML={{ __html: pickLanguage }} />
      <h1>bouncekb</h1>
      <p>
        <Link href="/ko/" hrefLang="ko" lang="ko">한국어: 반송 메일 오류 사전</Link>
      </p>
      <p>
        <Link href="/en/" hrefLang="en" lang="en">English: a field guide to SMTP bounce errors</Link>
      </p>
    </main>
  );
}
