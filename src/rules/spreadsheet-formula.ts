/**
 * What a spreadsheet reads as a formula: shared by the check that warns about
 * such face-sheet text (src/data/formula-warnings.ts) and the CSV writer that
 * defuses it (src/lib/formats/csv-text.ts), which the browser bundles too, so
 * this module imports nothing.
 */

/** The characters a spreadsheet reads as the start of a formula (OWASP, and csv-stringify's escape_formulas). */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
