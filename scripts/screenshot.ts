/**
 * npm run screenshot -- <url> <out-prefix> [width] [height] [pages]
 * Takes viewport-sized screenshots down a page, for looking at what we build.
 * (Install fonts-noto-cjk locally for readable Japanese; the bundled Chromium has no CJK font.)
 */
import { launchChromium } from './lib/chromium.ts';
import { cliArgs } from './lib/cli-args.ts';

const USAGE = '使い方: npm run screenshot -- <URL> <出力ファイル名の接頭辞> [幅] [高さ] [枚数]';
const [url, prefix, width = '1280', height = '1600', pages = '1'] = cliArgs({}, USAGE, {
  maxPositionals: 5,
}).positionals;
if (!url || !prefix) {
  console.log(USAGE);
  process.exit(1);
}
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
const total = await page.evaluate(() => document.documentElement.scrollHeight);
const count = Math.min(Number(pages), Math.ceil(total / Number(height)));
for (let i = 0; i < count; i++) {
  const path = `${prefix}-${i}.png`;
  await page.screenshot({
    path,
    fullPage: true,
    clip: {
      x: 0,
      y: i * Number(height),
      width: Number(width),
      height: Math.min(Number(height), total - i * Number(height)),
    },
  });
  console.log(path);
}
console.log(`page height ${total}px`);
await browser.close();
