/**
 * What the raw catalogue holds that must never reach the built site, read
 * straight from the YAML (not through src/, so a bug there cannot hide a leak):
 * - every evidence `document` and `place` (answers.*.evidence[] and
 *   dataCentres[].answers.*.evidence[]);
 * - every withhold `reason`;
 * - the `content` of every answer whose withholding is in force on the
 *   publication date (in force while publicationDate <= through, as
 *   src/rules/withholding.ts);
 * - the `previous` text of every change (変更届出, 更新認定) to such an
 *   answer: a withheld item's history is withheld with it.
 * Also the public text (every other string of the service files and of
 * form-b.yaml), so that a secret that also occurs inside published text can
 * be told apart instead of failing on a coincidence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export type SecretKind =
  'evidence.document' | 'evidence.place' | 'withhold.reason' | 'withheld.content' | 'withheld.previous';

export interface Secret {
  kind: SecretKind;
  text: string;
  /** e.g. `services/ip0001-1302.yaml answers.head-office.evidence[0].place` */
  where: string;
}

export interface CatalogueSecrets {
  secrets: Secret[];
  /** Every string the catalogue publishes or may publish (other scalars of the service files, all of form-b.yaml). */
  publicTexts: string[];
  /** Each service's serviceName (published on every site; a positive control for scans). */
  serviceNames: string[];
  files: string[];
}

type Json = string | Json[] | { [k: string]: Json } | null;

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function allStrings(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, out));
  else if (isObject(v)) Object.values(v).forEach((x) => allStrings(x, out));
}

export function collectSecrets(contentDir: string, publicationDate: string): CatalogueSecrets {
  const servicesDir = join(contentDir, 'services');
  const names = readdirSync(servicesDir)
    .filter((n) => n.endsWith('.yaml'))
    .sort();
  const secrets: Secret[] = [];
  const publicTexts: string[] = [];
  const serviceNames: string[] = [];

  try {
    allStrings(parse(readFileSync(join(contentDir, 'form-b.yaml'), 'utf8'), { schema: 'failsafe' }), publicTexts);
  } catch {
    // No template: only the service files' public text is known.
  }

  for (const name of names) {
    const file = `services/${name}`;
    const doc: unknown = parse(readFileSync(join(servicesDir, name), 'utf8'), { schema: 'failsafe' });
    if (!isObject(doc)) continue;
    if (typeof doc['serviceName'] === 'string') serviceNames.push(doc['serviceName']);
    const secretNodes = new Set<unknown>();

    const answerSets: { path: string; answers: unknown }[] = [{ path: 'answers', answers: doc['answers'] }];
    const dcs = doc['dataCentres'];
    if (Array.isArray(dcs)) {
      dcs.forEach((dc, i) => {
        if (isObject(dc)) answerSets.push({ path: `dataCentres[${i}].answers`, answers: dc['answers'] });
      });
    }

    for (const { path, answers } of answerSets) {
      if (!isObject(answers)) continue;
      for (const [id, answer] of Object.entries(answers)) {
        if (!isObject(answer)) continue;
        const at = `${file} ${path}.${id}`;
        const evidence = answer['evidence'];
        if (Array.isArray(evidence)) {
          evidence.forEach((e, i) => {
            if (!isObject(e)) return;
            secretNodes.add(e);
            for (const key of ['document', 'place'] as const) {
              const t = e[key];
              if (typeof t === 'string')
                secrets.push({ kind: `evidence.${key}`, text: t, where: `${at}.evidence[${i}].${key}` });
            }
          });
        }
        const withhold = answer['withhold'];
        if (isObject(withhold)) {
          secretNodes.add(withhold);
          const reason = withhold['reason'];
          if (typeof reason === 'string')
            secrets.push({ kind: 'withhold.reason', text: reason, where: `${at}.withhold.reason` });
          const through = withhold['through'];
          if (typeof through === 'string' && publicationDate <= through) {
            // The whole answer is held back: its content and any other field.
            secretNodes.add(answer);
            const content = answer['content'];
            if (typeof content === 'string')
              secrets.push({
                kind: 'withheld.content',
                text: content,
                where: `${at}.content (withheld through ${through})`,
              });
          }
        }
      }
    }

    // Changes to an item withheld on the publication date: the old text is held back too.
    const withheldAnswer = (item: string, dataCentre: unknown): boolean => {
      const set =
        typeof dataCentre === 'string' && Array.isArray(dcs)
          ? dcs.find((d) => isObject(d) && d['id'] === dataCentre)
          : doc;
      const answers = isObject(set) ? set['answers'] : undefined;
      const answer = isObject(answers) ? answers[item] : undefined;
      return isObject(answer) && secretNodes.has(answer);
    };
    const events = doc['events'];
    if (Array.isArray(events))
      events.forEach((e, i) => {
        const changes = isObject(e) ? e['changes'] : undefined;
        if (!Array.isArray(changes)) return;
        changes.forEach((c, j) => {
          if (!isObject(c) || typeof c['item'] !== 'string' || !withheldAnswer(c['item'], c['dataCentre'])) return;
          secretNodes.add(c);
          const previous = c['previous'];
          if (typeof previous === 'string')
            secrets.push({
              kind: 'withheld.previous',
              text: previous,
              where: `${file} events[${i}].changes[${j}].previous`,
            });
        });
      });

    const walkPublic = (v: unknown): void => {
      if (secretNodes.has(v)) return;
      if (typeof v === 'string') publicTexts.push(v);
      else if (Array.isArray(v)) v.forEach(walkPublic);
      else if (isObject(v)) Object.values(v).forEach(walkPublic);
    };
    walkPublic(doc);
  }
  return { secrets, publicTexts, serviceNames, files: names.map((n) => `services/${n}`) };
}

/** True when s (trimmed) occurs inside any public text — such a string cannot prove or disprove a leak. */
export function occursInPublicText(s: string, publicTexts: readonly string[]): boolean {
  const t = s.trim();
  return t !== '' && publicTexts.some((p) => p.includes(t));
}
