/**
 * A synthetic catalogue of N services for the benchmark, cloned from the
 * sample catalogue so every Form B item is answered in realistic Japanese,
 * with one to three data centres, withholdings and every lifecycle state.
 * Each clone gets its own 認定番号, names and a distinct sentence so pages differ.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

/** The 認定番号 has a 4-digit serial: a catalogue holds at most 9,999 services. */
export const MAX_SERVICES = 9999;

interface Seed {
  certificationNumber: string;
  serviceName: string;
  providerName: string;
  answers: Record<string, { content?: string }>;
  events: { type: string; date: string }[];
  [key: string]: unknown;
}

export function writeSyntheticCatalogue(
  sourceContent: string,
  outDir: string,
  count: number,
): { services: number; files: string[] } {
  const n = Math.min(count, MAX_SERVICES);
  const servicesDir = join(outDir, 'services');
  mkdirSync(servicesDir, { recursive: true });
  copyFileSync(join(sourceContent, 'form-b.yaml'), join(outDir, 'form-b.yaml'));
  copyFileSync(join(sourceContent, 'site.yaml'), join(outDir, 'site.yaml'));
  copyFileSync(join(sourceContent, 'search-synonyms.yaml'), join(outDir, 'search-synonyms.yaml'));
  const seeds = readdirSync(join(sourceContent, 'services'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map(
      (f) =>
        jsYaml.load(readFileSync(join(sourceContent, 'services', f), 'utf8'), {
          schema: jsYaml.FAILSAFE_SCHEMA,
        }) as Seed,
    );
  const files: string[] = [];
  for (let i = 1; i <= n; i++) {
    const seed = structuredClone(seeds[(i - 1) % seeds.length]!);
    const yymm = seed.certificationNumber.slice(-4);
    const number = `IP${String(i).padStart(4, '0')}-${yymm}`;
    const tag = `第${i}版`;
    seed.certificationNumber = number;
    seed.serviceName = `${seed.serviceName} ${tag}`;
    seed.providerName = `${seed.providerName.replace(/株式会社$/, '')}${i}株式会社`;
    if (seed.answers['service-name']) seed.answers['service-name'].content = seed.serviceName;
    if (seed.answers['company-name']) seed.answers['company-name'].content = seed.providerName;
    const scope = seed.answers['pricing'];
    if (scope?.content)
      scope.content = `${scope.content.trimEnd()}\n（合成データ ${number}：料金表の改定は${(i % 12) + 1}月に行います。）`;
    const file = join(servicesDir, `${number.toLowerCase()}.yaml`);
    writeFileSync(file, jsYaml.dump(seed, { lineWidth: -1 }));
    files.push(file);
  }
  return { services: n, files };
}
