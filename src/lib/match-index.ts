/**
 * The matcher's index (/data/match-index.json), built from the published view
 * only: certified services (有効・更新手続中) with their declared typed values,
 * 実施有無 and published data-centre places. A withheld answer contributes
 * nothing but the fact that it is withheld, so no filter can reveal it.
 */
import type { FormRow, FormTemplate } from '../data/form-b-template.ts';
import { isValidStatus } from '../rules/lifecycle.ts';
import { dataCentrePlaces } from './data-centre-places.ts';
import type { FieldInfo, MatchEntry } from './match-rule.ts';
import type { PublishedService } from './publication.ts';

/** A typed value's field name in the index and the URL: the row id, or `row.key` when the row has several values. */
export function valueField(row: FormRow, key: string): string {
  return row.values.length > 1 ? `${row.id}.${key}` : row.id;
}

/** Rows the matcher offers: those with typed values, and the 実施有無 rows. */
export function matchRows(template: FormTemplate): { typed: FormRow[]; practice: FormRow[] } {
  const main = template.rows.filter((r) => !r.perDataCentre);
  return { typed: main.filter((r) => r.values.length > 0), practice: main.filter((r) => r.kind === 'practice') };
}

export function matchEntry(s: PublishedService, template: FormTemplate): MatchEntry {
  const e: MatchEntry = {
    n: s.certificationNumber,
    s: s.serviceName,
    p: s.providerName,
    v: {},
    t: {},
    i: {},
    w: [],
    u: [],
    d: dataCentrePlaces(s),
  };
  const { typed, practice } = matchRows(template);
  for (const row of [...new Set([...typed, ...practice])]) {
    const a = s.answers[row.id];
    if (!a || a.state === 'unanswered') e.u.push(row.id);
    else if (a.state === 'withheld') e.w.push(row.id);
    else {
      if (a.implemented !== undefined && row.kind === 'practice') e.i[row.id] = a.implemented ? 1 : 0;
      for (const v of a.values ?? []) {
        const field = valueField(row, v.key);
        e.v[field] = 'number' in v ? v.number : v.type === 'choice' ? [v.choice] : [...v.choices];
        e.t[field] = v.text;
      }
    }
  }
  return e;
}

export function matchIndex(services: readonly PublishedService[], template: FormTemplate): MatchEntry[] {
  return services.filter((s) => isValidStatus(s.lifecycle.status)).map((s) => matchEntry(s, template));
}

/**
 * The fields the matcher form offers, in template order, with the direction a threshold means. In English
 * (/en/match/) the labels and units are the template's `en` names; the fields and their values are the same.
 */
export function matchFields(template: FormTemplate, locale: 'ja' | 'en' = 'ja'): FieldInfo[] {
  const english = locale === 'en';
  return matchRows(template).typed.flatMap((row) =>
    row.values.map((spec, i): FieldInfo => {
      const en = row.en.values[i];
      const name = english ? (row.en.label ?? row.en.middle) : (row.label ?? row.middle);
      const valueLabel = english ? en?.label : spec.label;
      const label = spec.label ? `${name}: ${valueLabel}` : english ? row.en.description : row.description;
      const field = valueField(row, spec.key);
      if (spec.type === 'choice' || spec.type === 'choices') return { field, label, type: spec.type };
      const op = spec.better === 'lower' || spec.type === 'year' ? 'lte' : 'gte';
      const unit = (english ? en?.unit : spec.unit) ?? '';
      return spec.type === 'duration'
        ? { field, label, type: 'duration', op }
        : { field, label, type: 'number', op, unit };
    }),
  );
}
