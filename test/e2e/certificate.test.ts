/**
 * The certificate, the mark's landing pages and /verify/ in a real Chromium,
 * on the sample catalogue published as of 2026-11-26.
 */
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { collectPageErrors, useBrowser, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';

const browser = useBrowser();

async function field(page: Page, name: string): Promise<string> {
  return (await page.locator(`[data-field="${name}"]`).innerText()).replace(/\s+/g, ' ').trim();
}

/** Pages in a PDF: Chromium writes one /Type /Page object per page. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('認定証', () => {
  test('a valid certification: number, names, period, issue date, body, status, mark and embed snippet', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(siteUrl('/services/ip0001-1302/certificate/'));
    await expect(page.locator('h1').innerText()).resolves.toMatch(/^認\s*定\s*証$/);
    expect(await field(page, '認定番号')).toBe('IP0001-1302');
    expect(await field(page, 'サービスの名称')).toBe('ネクサス・コンピュートクラウド');
    expect(await field(page, '事業者の名称')).toBe('株式会社ネクサスクラウド');
    expect(await field(page, '認定期間')).toBe('2025年1月17日 から 2027年1月16日 まで');
    expect(await field(page, '発行日')).toBe('2025年1月17日');
    expect(await field(page, '認定機関')).toBe(
      '一般社団法人日本クラウド産業協会（ASPIC） クラウドサービス情報開示認定機関',
    );
    const status = page.locator('.certificate [data-live-status]');
    expect(await status.innerText()).toContain('有効');
    expect(await page.getByText('この認定は現在有効ではありません').count()).toBe(0);
    // The mark is shown and loads.
    const mark = page.locator('img.certificate__mark');
    expect(await mark.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // The snippet links the mark to this service's page, with a meaningful alt.
    const snippet = await page.locator('copy-text textarea').inputValue();
    const doc = await page.evaluate((html) => {
      const d = new DOMParser().parseFromString(html, 'text/html');
      const a = d.querySelector('a')!;
      const img = a.querySelector('img')!;
      return {
        href: a.getAttribute('href'),
        src: img.getAttribute('src'),
        alt: img.getAttribute('alt'),
        w: img.getAttribute('width'),
      };
    }, snippet);
    expect(doc.href).toBe('https://iaas-paas.nintei.example/services/ip0001-1302/');
    expect(doc.src).toBe('https://iaas-paas.nintei.example/marks/ip0001-1302/120.png');
    expect(doc.alt).toContain('IP0001-1302');
    expect(doc.alt).toContain('認定マーク');
    expect(doc.w).toBe('120');
    // The rules are stated next to it.
    const rules = await page.locator('.mark-use').innerText();
    for (const s of ['有効な間', '色を変えたり', '一部だけ', 'リンク']) expect(rules).toContain(s);
    // Copy button: progressive enhancement.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'HTML をコピー' }).click();
    await expect.poll(() => page.locator('.copy-status').innerText()).toBe('コピーしました');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(errors).toEqual([]);
  });

  test('an expired certification says, loudly, that it is no longer valid, with the reason and date; no mark, no snippet', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0003-1409/certificate/'));
    expect(await field(page, '認定番号')).toBe('IP0003-1409');
    const notice = await page.locator('.certificate [data-live-status]').innerText();
    expect(notice).toContain('この認定は現在有効ではありません');
    expect(notice).toContain('期限切れ');
    expect(notice).toMatch(/有効期限（\d{4}年\d{1,2}月\d{1,2}日）を過ぎ/);
    expect(await page.locator('img.certificate__mark').count()).toBe(0);
    expect(await page.locator('copy-text textarea').count()).toBe(0);
    // Also in print.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('この認定は現在有効ではありません').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });

  test('a revoked certification gives the 取消し date and ground', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0005-1604/certificate/'));
    const status = await page.locator('.certificate__status').innerText();
    expect(status).toContain('この認定は現在有効ではありません');
    expect(status).toMatch(/\d{4}年\d{1,2}月\d{1,2}日に認定が取り消されました/);
    expect(status).toContain('事由:');
  });

  for (const id of ['ip0001-1302', 'ip0003-1409', 'ip0002-1406']) {
    test(`${id}: prints as exactly one A4 landscape page, without the site's header, navigation or footer`, async () => {
      const page = await browser.newPage();
      await page.goto(siteUrl(`/services/${id}/certificate/`));
      await page.emulateMedia({ media: 'print' });
      for (const sel of ['.site-header', '.site-footer', '.breadcrumb', '.mark-use'])
        expect(await page.locator(sel).isVisible(), sel).toBe(false);
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBe(1);
    });
  }

  test('the page-count check can fail: the service page prints on several pages', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0001-1302/'));
    expect(pdfPages(await page.pdf({ format: 'A4', landscape: true }))).toBeGreaterThan(1);
  });
});

describe('status re-judged on the reader’s date', () => {
  for (const path of ['/services/ip0001-1302/', '/services/ip0001-1302/certificate/']) {
    test(`${path}: on the period's last day still 有効; the day after, 期限切れ and not valid`, async () => {
      // IP0001-1302's period ends on 2027-01-16 and no renewal was applied for.
      const before = await browser.newPage();
      await before.clock.install({ time: new Date('2027-01-16T23:30:00+09:00') });
      await before.goto(siteUrl(path));
      const box = before.locator('[data-live-status]').first();
      expect(await box.getAttribute('data-live-status')).toBe('有効');
      expect(await box.innerText()).not.toContain('有効ではありません');

      const after = await browser.newPage();
      await after.clock.install({ time: new Date('2027-01-17T00:30:00+09:00') });
      await after.goto(siteUrl(path));
      const flipped = after.locator('[data-live-status]').first();
      await expect.poll(() => flipped.getAttribute('data-live-status')).toBe('期限切れ');
      const text = await flipped.innerText();
      expect(text).toContain('この認定は現在有効ではありません');
      expect(text).toContain('期限切れ');
      expect(text).toContain('2027年1月17日');
      if (path.endsWith('certificate/')) {
        expect(await after.locator('img.certificate__mark').isVisible()).toBe(false);
        expect(await after.locator('.mark-use').isVisible()).toBe(false);
      }
    });
  }

  test('a renewal applied for in the window keeps a certification in force on later days (IP0002-1406 stays 更新手続中)', async () => {
    const page = await browser.newPage();
    await page.clock.install({ time: new Date('2028-06-01T12:00:00+09:00') });
    await page.goto(siteUrl('/services/ip0002-1406/'));
    expect(await page.locator('[data-live-status]').getAttribute('data-live-status')).toBe('更新手続中');
  });

  test('without JavaScript, the page shows the status as of the publication date', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/services/ip0001-1302/'));
    expect(await page.locator('[data-live-status]').innerText()).toContain('有効');
    await page.getByRole('link', { name: '認定証と認定マーク' }).click();
    await page.waitForURL(/\/certificate\/$/);
  });
});

describe('/verify/', () => {
  for (const typed of ['ip00011302', 'ＩＰ０００１－１３０２', 'IP0001-1302', ' ip0001-1302 ']) {
    test(`finds IP0001-1302 typed as ${JSON.stringify(typed)}`, async () => {
      const page = await browser.newPage();
      const errors = collectPageErrors(page);
      await page.goto(siteUrl('/verify/'));
      await page.getByLabel('認定番号').fill(typed);
      await page.getByRole('button', { name: '確かめる' }).click();
      const result = page.locator('#verify-result');
      await expect.poll(() => result.innerText()).toContain('ネクサス・コンピュートクラウド');
      const text = await result.innerText();
      expect(text).toContain('IP0001-1302');
      expect(text).toContain('この認定は有効です');
      expect(await result.getByRole('link', { name: '認定証' }).getAttribute('href')).toBe(
        '/services/ip0001-1302/certificate/',
      );
      expect(errors).toEqual([]);
    });
  }

  test('an expired number is found and said to be not valid; an unknown or malformed one is explained', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/verify/'));
    const input = page.getByLabel('認定番号');
    const result = page.locator('#verify-result');
    await input.fill('IP0003-1409');
    await page.keyboard.press('Enter');
    await expect.poll(() => result.innerText()).toContain('この認定は現在有効ではありません');
    await input.fill('IP0099-1302');
    await page.keyboard.press('Enter');
    await expect.poll(() => result.innerText()).toContain('IP0099-1302 の認定は、この一覧に掲載されていません');
    await input.fill('abc');
    await page.keyboard.press('Enter');
    await expect.poll(() => result.innerText()).toContain('認定番号の形で入力してください');
  });

  test('/verify/?n=… looks the number up on arrival', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/verify/?n=ip0002-1406'));
    await expect.poll(() => page.locator('#verify-result').innerText()).toContain('更新手続中');
    expect(await page.getByLabel('認定番号').inputValue()).toBe('ip0002-1406');
  });

  test('judges the status on the reader’s date too', async () => {
    const page = await browser.newPage();
    await page.clock.install({ time: new Date('2027-02-01T12:00:00+09:00') });
    await page.goto(siteUrl('/verify/'));
    await page.getByLabel('認定番号').fill('IP0001-1302');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#verify-result').innerText()).toContain('期限切れ');
  });

  test('without JavaScript: no dead form, and a table of every number with links', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/verify/'));
    expect(await page.locator('#verify-form').isVisible()).toBe(false);
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(13);
    const row = rows.filter({ hasText: 'IP0001-1302' });
    expect(await row.getByRole('link', { name: /^IP0001-1302 の\s*認定証$/ }).getAttribute('href')).toBe(
      '/services/ip0001-1302/certificate/',
    );
  });
});

describe('accessibility (axe-core, WCAG 2.2 A/AA rules)', () => {
  for (const path of ['/services/ip0001-1302/certificate/', '/services/ip0005-1604/certificate/', '/verify/']) {
    test(`${path} has no violations`, async () => {
      const page = await browser.newPage();
      await page.goto(siteUrl(path));
      if (path === '/verify/') {
        await page.getByLabel('認定番号').fill('IP0003-1409');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('#verify-result').innerText()).toContain('IP0003-1409');
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('a page whose status flipped in the browser has no violations', async () => {
    const page = await browser.newPage();
    await page.clock.install({ time: new Date('2027-02-01T12:00:00+09:00') });
    await page.goto(siteUrl('/services/ip0001-1302/certificate/'));
    await expect
      .poll(() => page.locator('[data-live-status]').first().getAttribute('data-live-status'))
      .toBe('期限切れ');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('/verify/ shareable, on a phone, and impossible numbers; the 404 page reads a number in the address', () => {
  test('/verify/?n=… shows the result; a lookup puts its number in the address', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/verify/?n=ip0001-1302'));
    await expect.poll(() => page.locator('#verify-result').innerText()).toContain('ネクサス');
    expect(new URL(page.url()).searchParams.get('n')).toBe('IP0001-1302');
    await page.getByLabel('認定番号').fill('ＩＰ０００８－２００４');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#verify-result').innerText()).toContain('IP0008-2004');
    expect(new URL(page.url()).searchParams.get('n')).toBe('IP0008-2004');
    // The shared address shows the same result.
    const other = await browser.newPage();
    await other.goto(page.url());
    await expect.poll(() => other.locator('#verify-result').innerText()).toContain('IP0008-2004');
  });

  test('a number in the right form with an impossible year-month or serial says so', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/verify/?n=IP0001-1313'));
    await expect.poll(() => page.locator('#verify-result').innerText()).toContain('ありえません');
    expect(await page.locator('#verify-result').innerText()).toContain('13月はありません');
    await page.getByLabel('認定番号').fill('IP0000-1302');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#verify-result').innerText()).toContain('通番 0000');
    await page.getByLabel('認定番号').fill('IP12-34');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#verify-result').innerText()).toContain('認定番号の形で入力してください');
  });

  test('on a 390 px phone each number and its 状態 sit on one line, in view, the number unbroken', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl('/verify/'));
    const rows = await page.locator('table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const th = tr.querySelector('th')!;
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        const status = tr.querySelector('.status')!.getBoundingClientRect();
        const number = range.getBoundingClientRect();
        return {
          number: th.textContent!.trim(),
          lines,
          sameLine: Math.abs(status.top - number.top) < number.height,
          right: status.right,
        };
      }),
    );
    expect(rows.length).toBe(13);
    // The lookup's answer starts with the number and the verdict, on one line.
    await page.getByLabel('認定番号').fill('IP0002-1406');
    await page.keyboard.press('Enter');
    const verdict = page.locator('#verify-result .verify-verdict');
    await expect.poll(() => verdict.textContent()).toBe('IP0002-1406：この認定は有効です');
    expect(
      await verdict.evaluate((p) =>
        Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)),
      ),
    ).toBe(1);
    for (const r of rows) {
      expect(r.lines, r.number).toBe(1);
      expect(r.sameLine, r.number).toBe(true);
      expect(r.right, r.number).toBeLessThanOrEqual(390);
    }
  });

  for (const [path, page, why] of [
    ['/services/IP0001-1302/', '/services/ip0001-1302/', 'upper case'],
    ['/ＩＰ０００１－１３０２', '/services/ip0001-1302/', 'full width'],
    ['/services/ip00011302/', '/services/ip0001-1302/', 'no hyphen'],
    ['/services/IP0099-2001/', null, 'a number with no page'],
    ['/services/IP0001-1313/', null, 'an impossible number'],
  ] as const) {
    test(`the 404 page at ${path} (${why}) links to ${page ?? '/verify/ only'}`, async () => {
      const tab = await browser.newPage();
      const response = await tab.goto(siteUrl(path));
      expect(response?.status()).toBe(404);
      const box = tab.locator('not-found-number');
      await box.waitFor();
      const number = path.includes('0099') ? 'IP0099-2001' : path.includes('1313') ? 'IP0001-1313' : 'IP0001-1302';
      expect(await box.locator(`a[href="/verify/?n=${number}"]`).count()).toBe(1);
      expect(await box.locator('a[href^="/services/"]').count()).toBe(page ? 1 : 0);
      if (page) expect(await box.locator(`a[href="${page}"]`).count()).toBe(1);
    });
  }

  test('an ordinary missing page says nothing about numbers', async () => {
    const tab = await browser.newPage();
    await tab.goto(siteUrl('/no-such-page/'));
    await tab.waitForLoadState('networkidle');
    expect(await tab.locator('not-found-number').isVisible()).toBe(false);
  });
});
