/**
 * Attributes of a `.table-scroll` box: a table wider than the screen scrolls
 * inside it, so a keyboard user must be able to focus the box to scroll it
 * (WCAG 2.1.1; axe scrollable-region-focusable), and a screen reader names the
 * focused box after its table: 「<label>の表」 from the caption's text
 * (`label`; the suffix keeps the name apart from a section of the same name
 * around it), or the caption itself (`labelledBy`, its id, for captions a
 * script rewrites).
 *
 *   <div class="table-scroll" {...scrollRegion({ label: caption })}>
 *
 * On an English page (`english: true`) the name is "<label> table".
 */
export function scrollRegion(
  name: ({ label: string } | { labelledBy: string }) & { english?: boolean },
): Record<string, string> {
  const labelled = (label: string) => (name.english ? `${label} table` : `${label}の表`);
  return {
    tabindex: '0',
    role: 'region',
    ...('label' in name ? { 'aria-label': labelled(name.label) } : { 'aria-labelledby': name.labelledBy }),
  };
}
