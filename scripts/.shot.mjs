import { chromium } from 'playwright-core';
import sparticuz from '@sparticuz/chromium';
const [url, out, width = '1280', full = 'full'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: await sparticuz.executablePath(), headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
