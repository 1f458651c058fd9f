/**
 * The data check for one entry of a 変更届出 or 更新認定: what it names
 * exists, the value before is written in the right form, and it differs from
 * the value after (the next change's previous, or the current value).
 */
import { FACE_SHEET_FIELDS, type RawChange, type RawService, type SupplyForm } from './service-record.ts';
import type { FormTemplate } from './form-b-template.ts';
import { changeSubject, findDataCentre, nextChange } from './change-history.ts';

type Path = (string | number)[];

export function checkChange(
  s: RawService,
  t: FormTemplate,
  index: number,
  c: RawChange,
  at: Path,
  dcIds: ReadonlySet<string>,
  seen: { added: Set<string>; removed: Set<string> },
  add: (path: Path, message: string) => void,
): void {
  const subject = changeSubject(c);
  if (!subject) {
    add(
      at,
      '変更の各項目には item（申請書Bの項目）・field（表紙の項目）・dataCentreAdded・dataCentreRemoved のどれか1つを書いてください',
    );
    return;
  }
  if (subject.kind !== 'item' && c.dataCentre !== undefined)
    add([...at, 'dataCentre'], 'dataCentre はハウジングの項目（item）の変更にだけ書けます');
  if (typeof c.previous === 'object' && !(subject.kind === 'field' && subject.field === 'supplyForm'))
    add(
      [...at, 'previous'],
      '変更前（previous）に kind・description を書けるのは field: supplyForm（提供形態）だけです',
    );

  if (subject.kind === 'item') {
    const row = t.byId.get(subject.item);
    if (!row) add([...at, 'item'], `変更届出の項目 id「${subject.item}」は申請書B様式にありません`);
    else if (row.perDataCentre && (!c.dataCentre || !dcIds.has(c.dataCentre)))
      add(
        [...at, 'dataCentre'],
        `ハウジングの項目「${subject.item}」の変更には、dataCentres（または removedDataCentres）にある id を dataCentre に書いてください`,
      );
    else if (!row.perDataCentre && c.dataCentre)
      add(
        [...at, 'dataCentre'],
        `「${subject.item}」はデータセンターごとの項目ではありません（dataCentre は書けません）`,
      );
    else if (typeof c.previous !== 'object' && sameText(c.previous, textAfter(s, index, c)))
      add(
        [...at, c.previous === undefined ? 'item' : 'previous'],
        `「${subject.item}」の変更前（previous）と変更後の内容が同じです。回答の content を新しい内容に直したか確かめてください`,
      );
    return;
  }
  if (subject.kind === 'field') {
    const name = FACE_SHEET_FIELDS[subject.field];
    const after = fieldAfter(s, index, c);
    if (subject.field === 'supplyForm') {
      if (typeof c.previous === 'string')
        add(
          [...at, 'previous'],
          '提供形態（supplyForm）の変更前は kind と description で書いてください（なかった場合は previous を書きません）',
        );
      else if (sameSupplyForm(c.previous, after as SupplyForm | undefined))
        add([...at, c.previous ? 'previous' : 'field'], `${name}の変更前（previous）と現在の内容が同じです`);
    } else if (c.previous === undefined)
      add([...at, 'previous'], `${name}の変更には変更前の内容（previous）が必要です`);
    else if (typeof c.previous === 'string' && sameText(c.previous, after as string | undefined))
      add(
        [...at, 'previous'],
        `${name}の変更前（previous）と変更後の内容が同じです。${subject.field} を新しい内容に直したか確かめてください`,
      );
    return;
  }
  if (c.previous !== undefined) add([...at, 'previous'], 'データセンターの追加・削除には previous は書けません');
  const key = subject.kind === 'dataCentreAdded' ? 'added' : 'removed';
  if (seen[key].has(subject.id))
    add([...at, subject.kind], `データセンター「${subject.id}」の${key === 'added' ? '追加' : '削除'}が2回あります`);
  seen[key].add(subject.id);
  if (subject.kind === 'dataCentreAdded') {
    if (!findDataCentre(s, subject.id))
      add(
        [...at, 'dataCentreAdded'],
        `追加したデータセンター「${subject.id}」が dataCentres（または removedDataCentres）にありません`,
      );
  } else if (!s.removedDataCentres?.some((d) => d.id === subject.id))
    add(
      [...at, 'dataCentreRemoved'],
      s.dataCentres.some((d) => d.id === subject.id)
        ? `削除したデータセンター「${subject.id}」を dataCentres から removedDataCentres に移してください（回答は経緯に残ります）`
        : `削除したデータセンター「${subject.id}」が removedDataCentres にありません`,
    );
}

/** The face-sheet value a change introduced: the next change's previous, or the current value. */
function fieldAfter(s: RawService, index: number, c: RawChange): string | SupplyForm | undefined {
  const next = nextChange(s.events, index, c);
  if (next) return next.previous;
  return c.field ? s[c.field] : undefined;
}

function sameSupplyForm(a: SupplyForm | undefined, b: SupplyForm | undefined): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && sameText(a.description, b.description);
}

/** The text a change introduced: the next change's previous, or the current answer. */
function textAfter(s: RawService, index: number, c: RawChange): string | undefined {
  const next = nextChange(s.events, index, c);
  if (next) return typeof next.previous === 'string' ? next.previous : undefined;
  const answers = c.dataCentre ? findDataCentre(s, c.dataCentre)?.answers : s.answers;
  return c.item ? answers?.[c.item]?.content : undefined;
}

const sameText = (a: string | undefined, b: string | undefined) =>
  (a ?? '').replace(/\s+$/, '') === (b ?? '').replace(/\s+$/, '');
