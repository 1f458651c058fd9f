/**
 * The number of pages in a PDF that Chromium printed (page.pdf), read two
 * ways that must agree: the /Count of the page tree the catalogue points to,
 * and the number of /Type /Page leaf objects. Chromium's PDFs keep these
 * dictionaries uncompressed; if that ever changes this throws instead of
 * guessing.
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const root = /\/Type\s*\/Catalog\b[^]*?\/Pages\s+(\d+)\s+(\d+)\s+R/.exec(text);
  if (!root) throw new Error('PDF: no readable /Catalog with /Pages');
  const tree = new RegExp(`(?:^|[\\r\\n\\s])${root[1]}\\s+${root[2]}\\s+obj\\b([^]*?)endobj`).exec(text);
  const count = tree && /\/Count\s+(\d+)/.exec(tree[1]!);
  if (!count) throw new Error('PDF: the root page tree has no readable /Count');
  const leaves = (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  const n = Number(count[1]);
  if (n !== leaves) throw new Error(`PDF: page tree says ${n} pages but there are ${leaves} /Type /Page objects`);
  return n;
}
