/**
 * Files are read as strict UTF-8 (a BOM is allowed). A file in another
 * encoding is not guessed into text: reading Shift_JIS as UTF-8 turns 認定
 * into garbage that fails some rule hundreds of lines down, so the secretariat
 * is told the encoding instead, and nothing else about that file.
 */

export type Decoded = { text: string } | { problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Shift_JIS covers Windows-31J (CP932), what Japanese Notepad and older Excel write. */
const shiftJis = new TextDecoder('shift_jis', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  const guess = looksUtf16(bytes) ? 'UTF-16' : null;
  if (!guess) {
    try {
      return { text: utf8.decode(bytes) };
    } catch {
      // Not UTF-8: say what it looks like.
    }
  }
  const encoding = guess ?? (decodes(shiftJis, bytes) ? 'Shift_JIS' : null);
  return {
    problem: encoding
      ? `文字コードが UTF-8 ではありません（${encoding} で保存されているようです）。UTF-8 で保存し直してください`
      : '文字コードが UTF-8 ではありません。UTF-8 で保存し直してください',
  };
}

function decodes(decoder: TextDecoder, bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A UTF-16 BOM, or zero bytes in every other place: UTF-16 of text that is
 * mostly ASCII (YAML keys) is valid UTF-8 full of NULs, so it must be caught
 * before decoding.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return true;
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= (n / 2) * 0.25;
}
