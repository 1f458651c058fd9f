/**
 * One read of the catalogue per build. The content loader reads and checks
 * it and fills the content store; the open-data files are written after the
 * pages, outside Astro's runtime (src/integrations/open-data.ts), from the
 * same read instead of a second one — the texts the store was given
 * (ServiceText), so keeping them costs no more memory than the store itself.
 *
 * The loader and the hook are loaded by two Vite module graphs in one
 * process, so the read is kept on globalThis, not in a module variable. Only
 * a build keeps it (`astro dev` re-reads on every change), and it is handed
 * over once: the hook takes it and it is gone.
 */
import type { TemplateSource } from './form-b-template.ts';
import type { ServiceText } from './stored-service.ts';

export interface BuildCatalogue {
  /** The content folder it was read from. */
  dir: string;
  templateSource: TemplateSource;
  services: ServiceText[];
}

const KEY = Symbol.for('aspic-iaas-paas.catalogue-for-build');
type Holder = { [KEY]?: BuildCatalogue };

export function keepForBuild(catalogue: BuildCatalogue): void {
  (globalThis as Holder)[KEY] = catalogue;
}

/** The read kept by this build's content loader for `dir`, once; undefined when there is none. */
export function takeForBuild(dir: string): BuildCatalogue | undefined {
  const holder = globalThis as Holder;
  const kept = holder[KEY];
  delete holder[KEY];
  return kept?.dir === dir ? kept : undefined;
}
