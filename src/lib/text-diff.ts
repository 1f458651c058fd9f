/**
 * Character-level difference between two texts, for the change views of
 * 変更届出 and 更新認定 (overview §9(1)エ: old and new text side by side, the
 * changes marked). Compares Unicode code points, so a full-width character or
 * an emoji is one unit and is never split. Pure and deterministic.
 */

export type DiffOp = 'same' | 'del' | 'ins';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/** Above this many cells the table is not built: the whole text is shown as replaced instead. */
const MAX_CELLS = 25_000_000;

/**
 * The parts that turn `before` into `after`: 'same' parts belong to both,
 * 'del' only to `before`, 'ins' only to `after`. Adjacent parts never share an
 * op, and within one change the deletion comes before the insertion.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const a = [...before];
  const b = [...after];
  // The common start and end need no table (most edits change a few characters).
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);

  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  for (const p of absorbShortSames(middleDiff(midA, midB))) push(parts, p.op, p.text);
  push(parts, 'same', a.slice(a.length - end).join(''));
  return parts;
}

/** The parts on one side of a diff: `before` is same + del, `after` is same + ins. */
export function sideParts(parts: readonly DiffPart[], side: 'before' | 'after'): DiffPart[] {
  const skip: DiffOp = side === 'before' ? 'ins' : 'del';
  return parts.filter((p) => p.op !== skip);
}

/** The text on one side of a diff (what {@link sideParts} shows, as plain text). */
export function sideText(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  return sideParts(parts, side)
    .map((p) => p.text)
    .join('');
}

function push(parts: DiffPart[], op: DiffOp, text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  // Keep deletions first within a change: an insertion followed by a deletion swaps.
  else if (op === 'del' && last?.op === 'ins') {
    const before = parts[parts.length - 2];
    if (before?.op === 'del') before.text += text;
    else parts.splice(parts.length - 1, 0, { op, text });
  } else parts.push({ op, text });
}

/** Longest common subsequence by dynamic programming over the differing middle. */
function middleDiff(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    const out: DiffPart[] = [];
    push(out, 'del', a.join(''));
    push(out, 'ins', b.join(''));
    return out;
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], flattened row-major with width m + 1.
  const width = m + 1;
  const lcs = Math.min(n, m) < 0xffff ? new Uint16Array((n + 1) * width) : new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'same', a[i++]!);
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) push(out, 'del', a[i++]!);
    else push(out, 'ins', b[j++]!);
  }
  while (i < n) push(out, 'del', a[i++]!);
  while (j < m) push(out, 'ins', b[j++]!);
  return out;
}

/**
 * A single matching character between two changes (「の」 in the middle of a
 * rewritten sentence) makes a diff harder to read, not easier: fold it into
 * the surrounding change. Line breaks are kept as matches.
 */
function absorbShortSames(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const isChange = (q: DiffPart | undefined) => q !== undefined && q.op !== 'same';
    if (
      p.op === 'same' &&
      [...p.text].length === 1 &&
      p.text !== '\n' &&
      isChange(parts[k - 1]) &&
      isChange(parts[k + 1])
    ) {
      push(out, 'del', p.text);
      push(out, 'ins', p.text);
    } else push(out, p.op, p.text);
  }
  return out;
}
