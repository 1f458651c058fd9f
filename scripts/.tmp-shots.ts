import { launchChromium } from './lib/chromium.ts';
const b = await launchChromium();
const shots: [string, string, number][] = [
  ['/en/compare/?services=IP0001-1302,IP0008-2004', 'compare', 390],
  ['/en/search/?q=backup', 'search', 390],
  ['/en/items/availability-target/', 'item', 390],
  ['/en/updates/', 'updates', 390],
  ['/en/', 'list', 1280],
  ['/en/match/?availability-target=99.95&dc=%E5%A4%A7%E9%98%AA%E5%BA%9C', 'match', 390],
];
for (const [path, name, width] of shots) {
  const p = await b.newPage({ viewport: { width, height: 1000 } });
  await p.goto('http://127.0.0.1:4405' + path);
  await p.waitForTimeout(2500);
  await p.screenshot({ path: `/tmp/shot-${name}.png` });
  await p.close();
}
await b.close();
