/**
 * 認定番号: "IP" + 4-digit serial + "-" + YYMM of the first certification,
 * e.g. IP0001-1212 (運用規程 第10条; overview §8 図2). Renewal keeps the number.
 */

export interface CertificationNumber {
  serial: number;
  /** Two-digit year and month of the first 認定日, e.g. "1212". */
  yymm: string;
}

const CANONICAL = /^IP(\d{4})-(\d{2})(\d{2})$/;

export function parseCertificationNumber(value: string): CertificationNumber | null {
  const m = CANONICAL.exec(value);
  if (!m) return null;
  const serial = Number(m[1]);
  const month = Number(m[3]);
  if (serial === 0 || month < 1 || month > 12) return null;
  return { serial, yymm: `${m[2]}${m[3]}` };
}

export function isCertificationNumber(value: string): boolean {
  return parseCertificationNumber(value) !== null;
}

/** The 4-digit 認定通番 as written in a number (7 → 0007). */
export function formatSerial(serial: number): string {
  return String(serial).padStart(4, '0');
}

export function formatCertificationNumber(n: CertificationNumber): string {
  return `IP${formatSerial(n.serial)}-${n.yymm}`;
}

/**
 * Reads a number the way people type it: any case, with or without the hyphen,
 * full-width characters, surrounding spaces. Returns the canonical form or null.
 */
export function normaliseCertificationNumber(input: string): string | null {
  const reading = readCertificationNumber(input);
  return reading.kind === 'valid' ? reading.number : null;
}

/**
 * What a typed number is: not in the 認定番号 form at all (`malformed`), in
 * the form but impossible (`impossible`: serial 0000, or a month that is not
 * 01–12 — 「IP0001-1313」 has no 13th month), or a valid number.
 */
export type CertificationNumberReading =
  | { kind: 'malformed' }
  | { kind: 'impossible'; number: string; problem: 'serial' | 'month' }
  | { kind: 'valid'; number: string };

export function readCertificationNumber(input: string): CertificationNumberReading {
  const compact = input
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .replace(/[\s\-‐－―ー]/g, '');
  const m = /^IP(\d{4})(\d{4})$/.exec(compact);
  if (!m) return { kind: 'malformed' };
  const number = `IP${m[1]}-${m[2]}`;
  if (isCertificationNumber(number)) return { kind: 'valid', number };
  return { kind: 'impossible', number, problem: Number(m[1]) === 0 ? 'serial' : 'month' };
}

/** The YYMM a number must carry for a first certification on `isoDate`. */
export function yymmOf(isoDate: string): string {
  return isoDate.slice(2, 4) + isoDate.slice(5, 7);
}

/** The file and URL slug: lower case, e.g. ip0001-1212. */
export function slugOf(certificationNumber: string): string {
  return certificationNumber.toLowerCase();
}
