/**
 * The framework's floor: a bare Astro project that emits the same number of
 * HTML pages of about the same size as ours, from an in-memory array, with no
 * content collections, no validation, no images and no search index.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = `---
import data from '../../data.json';
export function getStaticPaths() {
  return data.map((page) => ({ params: { id: page.id }, props: { page } }));
}
const { page } = Astro.props;
---
<!doctype html>
<html lang="ja">
  <head><meta charset="utf-8" /><title>{page.title}</title></head>
  <body>
    <h1>{page.title}</h1>
    <table>
      <caption>{page.title}</caption>
      <tbody>{page.rows.map((r) => <tr><th scope="row">{r[0]}</th><td>{r[1]}</td><td>{r[2]}</td></tr>)}</tbody>
    </table>
  </body>
</html>
`;

const INDEX = `---
import data from '../data.json';
---
<!doctype html>
<html lang="ja"><head><meta charset="utf-8" /><title>一覧</title></head>
<body><table><tbody>{data.map((p) => <tr><td><a href={'/s/' + p.id + '/'}>{p.title}</a></td></tr>)}</tbody></table></body></html>
`;

const FILLER = '利用者のデータは国内のデータセンターに保管し、定期的にバックアップを取得しています。障害時は電子メールで通知します。';

/** Writes the project; each page carries about `bytesPerPage` bytes of table text. */
export function writeFloorProject(dir: string, pages: number, bytesPerPage: number): void {
  mkdirSync(join(dir, 'src/pages/s'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always' });\n",
  );
  writeFileSync(join(dir, 'src/pages/s/[id].astro'), PAGE);
  writeFileSync(join(dir, 'src/pages/index.astro'), INDEX);
  // UTF-8 Japanese is 3 bytes a character; a row holds two cells of text plus markup.
  const rowsPerPage = 64;
  const charsPerCell = Math.max(10, Math.round(bytesPerPage / rowsPerPage / 2 / 3));
  const data = Array.from({ length: pages }, (_, i) => ({
    id: `p${String(i + 1).padStart(5, '0')}`,
    title: `サービス ${i + 1}`,
    rows: Array.from({ length: rowsPerPage }, (_, r) => {
      const text = FILLER.repeat(Math.ceil(charsPerCell / FILLER.length) + 1);
      const start = (i + r) % FILLER.length;
      return [String(r + 1), text.slice(start, start + charsPerCell), text.slice(start + 3, start + 3 + charsPerCell)];
    }),
  }));
  writeFileSync(join(dir, 'src/data.json'), JSON.stringify(data));
}
