/**
 * Which Chromium the browser tests and the browser bench launch, and how: a system Chromium
 * when there is one (CHROMIUM_PATH, or Debian's /usr/bin/chromium), else Playwright's own.
 * The flags keep a headless Chromium from calling home on a machine without internet.
 */
import fs from 'node:fs';

export const systemChromium: string | undefined = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .filter((p): p is string => !!p)
  .find((p) => fs.existsSync(p));

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
