/**
 * Chromium's own accessibility tree (what a screen reader is given), read
 * over the DevTools protocol — not Playwright's role guesses from the markup.
 *
 *   const roles = await tableRoles(page, 'サービス基本特性');
 *   expect(roles.columnheader).toBe(6);
 */
import type { Page } from 'playwright-core';

interface AxNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

const TABLE_PARTS = ['row', 'cell', 'gridcell', 'rowheader', 'columnheader'];

/**
 * How many rows, cells, row headers and column headers Chromium exposes under
 * the table whose accessible name is `name` (its caption). `table` is 1 when
 * such a table exists and 0 when there is none (for instance when CSS turned it
 * into plain blocks).
 */
export async function tableRoles(page: Page, name: string): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const table = nodes.find((n) => n.role?.value === 'table' && n.name?.value === name);
    const counts: Record<string, number> = { table: table ? 1 : 0 };
    for (const part of TABLE_PARTS) counts[part] = 0;
    const walk = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      const role = n.role?.value ?? '';
      if (TABLE_PARTS.includes(role)) counts[role]! += 1;
      n.childIds?.forEach(walk);
    };
    table?.childIds?.forEach(walk);
    return counts;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
