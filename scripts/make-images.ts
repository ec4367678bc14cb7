/**
 * `npx tsx scripts/make-images.ts`: renders public/favicon.ico (from app/icon.svg) and the
 * link-preview image public/og.png (1200x630) in headless Chromium. Run it again only when the
 * icon or the site name changes; the outputs are committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../e2e/chromium';

const svg = fs.readFileSync(path.join('app', 'icon.svg'), 'utf8');

/** An .ico file holding PNG images (allowed since Windows Vista; every current browser reads it). */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((p, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(p.size >= 256 ? 0 : p.size, e);
    header.writeUInt8(p.size >= 256 ? 0 : p.size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(p.data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += p.data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

const OG = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#0f1419;color:#e6edf3;font-family:'Noto Sans CJK KR','NanumGothic',system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center;gap:28px">
  <div style="display:flex;align-items:center;gap:28px"><div style="width:120px;height:120px">${svg}</div><div style="font-size:84px;font-weight:700">bouncekb</div></div>
  <div style="font-size:52px;font-weight:700">반송 메일 오류 사전</div>
  <div style="font-size:40px;color:#9aa7b4">A field guide to SMTP bounce errors · 한국어 / English</div>
</div></body></html>`;

async function main() {
  fs.mkdirSync('public', { recursive: true });
  const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const pngs: { size: number; data: Buffer }[] = [];
  for (const size of [16, 32, 48]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    pngs.push({ size, data: await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }) });
  }
  fs.writeFileSync(path.join('public', 'favicon.ico'), ico(pngs));
  await page.setViewportSize({ width: 1200, height: 630 });
  await page.setContent(OG);
  await page.locator('svg').first().evaluate((el) => {
    el.setAttribute('width', '120');
    el.setAttribute('height', '120');
  });
  fs.writeFileSync(path.join('public', 'og.png'), await page.screenshot({ clip: { x: 0, y: 0, width: 1200, height: 630 } }));
  await browser.close();
  console.log('wrote public/favicon.ico and public/og.png');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
