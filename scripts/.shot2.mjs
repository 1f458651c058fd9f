import { chromium } from 'playwright-core';
import sparticuz from '@sparticuz/chromium';
const [url, prefix, width = '1280', height='1800', count='3'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: await sparticuz.executablePath(), headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
const total = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', total);
for (let i = 0; i < Number(count); i++) {
  await page.screenshot({ path: `${prefix}-${i}.png`, clip: { x: 0, y: i * Number(height), width: Number(width), height: Number(height) }, fullPage: true });
}
await browser.close();
