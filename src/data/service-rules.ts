/**
 * The scheme's rules applied to one service record that already fits the
 * schema. Each problem carries the field path so the loader can point at the
 * line in the YAML file.
 */
import { isIsoDate, parseWrittenDate } from '../rules/calendar-date.ts';
import { parseCertificationNumber, yymmOf } from '../rules/certification-number.ts';
import { isTerminal, isValidStatus, periodFrom, stateOn } from '../rules/lifecycle.ts';
import { countedLength, isBlank, needsEvidence, showsMeasure } from '../rules/review-criteria.ts';
import { PREFECTURES } from '../rules/prefectures.ts';
import type { FormRow, FormTemplate } from './form-b-template.ts';
import type { RawAnswer, RawService } from './service-record.ts';
import { nextChange } from './change-history.ts';
import type { SchemaIssue } from './zod-messages.ts';

type Path = (string | number)[];

export function serviceProblems(s: RawService, t: FormTemplate): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const add = (path: Path, message: string) => out.push({ path, message });

  // 認定番号 and template version
  const number = parseCertificationNumber(s.certificationNumber);
  if (!number)
    add(
      ['certificationNumber'],
      `認定番号「${s.certificationNumber}」の形式が正しくありません。IP + 4桁の通番 + ハイフン + 初回認定の年月4桁（例: IP0001-1212）で書いてください`,
    );
  if (s.templateVersion !== t.version)
    add(['templateVersion'], `様式のバージョン「${s.templateVersion}」は content/form-b.yaml の「${t.version}」と一致しません`);
  if (!/^https?:\/\/[^\s]+$/.test(s.serviceSite))
    add(['serviceSite'], 'サービスサイトは http:// または https:// で始まる URL で書いてください');

  // Answers outside the housing block
  checkAnswers(s.answers, ['answers'], t, false, add);
  const dcIds = new Set<string>();
  s.dataCentres.forEach((dc, i) => {
    if (dcIds.has(dc.id)) add(['dataCentres', i, 'id'], `データセンターの id「${dc.id}」が重複しています`);
    dcIds.add(dc.id);
    checkAnswers(dc.answers, ['dataCentres', i, 'answers'], t, true, add);
  });

  // Events
  let datesOk = true;
  s.events.forEach((e, i) => {
    if (!isIsoDate(e.date)) {
      datesOk = false;
      add(['events', i, 'date'], `日付「${e.date}」は存在しないか、形式が正しくありません。YYYY-MM-DD（例: 2025-04-01）で書いてください`);
    }
  });
  if (datesOk) checkEvents(s, t, number?.yymm, dcIds, add);
  return out;
}

function checkAnswers(
  answers: Record<string, RawAnswer>,
  base: Path,
  t: FormTemplate,
  dataCentre: boolean,
  add: (path: Path, message: string) => void,
): void {
  for (const [id, answer] of Object.entries(answers)) {
    const row = t.byId.get(id);
    if (!row) {
      add([...base, id], `項目 id「${id}」は申請書B様式（content/form-b.yaml）にありません`);
      continue;
    }
    if (row.perDataCentre !== dataCentre) {
      add(
        [...base, id],
        row.perDataCentre
          ? `「${id}」はハウジングの項目です。dataCentres の各データセンターの answers に書いてください`
          : `「${id}」はデータセンターごとの項目ではありません。answers に書いてください`,
      );
      continue;
    }
    checkAnswer(answer, [...base, id], row, add);
  }
  for (const row of t.rows) {
    if (row.perDataCentre !== dataCentre || !row.required) continue;
    const a = answers[row.id];
    const answered = a && (row.kind === 'practice' ? a.implemented !== undefined : !isBlank(a.content));
    if (!answered)
      add(
        a ? [...base, row.id] : base,
        `必須項目 No.${row.no}「${row.label ?? row.middle}：${row.description}」（${row.id}）に回答がありません（審査基準: 必須開示項目はすべて記述する）`,
      );
  }
}

function checkAnswer(a: RawAnswer, path: Path, row: FormRow, add: (path: Path, message: string) => void): void {
  const label = `No.${row.no}「${row.description}」`;
  if (row.kind !== 'practice' && a.implemented !== undefined)
    add([...path, 'implemented'], `${label} は実施有無を答える項目ではありません（implemented は書けません）`);
  if (row.kind !== 'location' && (a.country !== undefined || a.prefecture !== undefined))
    add(path, `${label} は所在地の項目ではありません（country / prefecture は書けません）`);
  if (row.kind === 'practice' && a.implemented === undefined && !isBlank(a.content))
    add([...path, 'implemented'], `${label} は実施有無（implemented: true / false）が必要です`);
  if (row.kind === 'location' && !isBlank(a.content)) {
    if (!a.country) add([...path, 'country'], `${label} は国名（country）が必要です`);
    if (a.country === '日本' && (!a.prefecture || !PREFECTURES.includes(a.prefecture)))
      add([...path, 'prefecture'], `${label} は国内の場合、都道府県名（例: 東京都）を prefecture に書いてください`);
  }
  const content = a.content ?? '';
  if (!isBlank(content)) {
    if (row.kind === 'date' && !parseWrittenDate(content))
      add([...path, 'content'], `${label} は日付です。「2024/10/31」「2024年10月31日」のように、存在する日付を書いてください`);
    if (row.kind === 'url' && !/^https?:\/\/\S+$/.test(content.trim()))
      add([...path, 'content'], `${label} は http:// または https:// で始まる URL を書いてください`);
    if (row.kind === 'quantity' && !/[0-9０-９]/.test(content))
      add([...path, 'content'], `${label} は数値を含めて書いてください（単位: ${row.unit ?? 'なし'}）`);
    if (row.maxLength !== undefined && countedLength(content) > row.maxLength)
      add([...path, 'content'], `${label} は ${row.maxLength} 字以内です（現在 ${countedLength(content)} 字、改行は数えません）`);
  }
  const answered = !isBlank(content) || a.implemented !== undefined;
  if (row.keyRequirement && answered && !showsMeasure(a))
    add(
      [...path, a.implemented === false ? 'implemented' : 'content'],
      `${label} は「一定の要件を考慮すべき項目」です。対策・措置を行っている内容を記述してください（「なし」「実施なし」では認定できません）`,
    );
  if (answered && needsEvidence(a) && (!a.evidence || a.evidence.length === 0))
    add([...path, 'evidence'], `${label} の添付書類等（申請内容を裏付ける資料名と記載箇所）がありません`);
  if (a.withhold) {
    if (!isIsoDate(a.withhold.through))
      add(
        [...path, 'withhold', 'through'],
        `公表留保の最終日「${a.withhold.through}」は存在しないか、形式が正しくありません。YYYY-MM-DD で書いてください`,
      );
    if (!answered) add([...path, 'withhold'], `${label} は回答がないため公表留保できません`);
  }
}

function checkEvents(
  s: RawService,
  t: FormTemplate,
  yymm: string | undefined,
  dcIds: ReadonlySet<string>,
  add: (path: Path, message: string) => void,
): void {
  const events = s.events;
  events.forEach((e, i) => {
    const prev = events[i - 1];
    if (prev && e.date < prev.date) add(['events', i, 'date'], `履歴は日付の古い順に並べてください（${prev.date} の後に ${e.date}）`);
  });
  const firstIndex = events.findIndex((e) => e.type === '認定');
  if (firstIndex !== 0) add(['events', 0, 'type'], '履歴の最初は「認定」です');
  events.forEach((e, i) => {
    if (e.type === '認定' && i !== firstIndex)
      add(['events', i, 'type'], '「認定」は1回だけです。更新は「更新申請」「更新認定」で書いてください');
  });
  const first = events[firstIndex];
  if (first && yymm && yymmOf(first.date) !== yymm) {
    add(['certificationNumber'], `認定番号の下4桁「${yymm}」が初回の認定日 ${first.date} の年月（${yymmOf(first.date)}）と一致しません`);
  }

  const terminal = events.findIndex((e) => isTerminal(e.type));
  if (terminal >= 0) {
    events
      .slice(terminal + 1)
      .forEach((e, k) =>
        add(
          ['events', terminal + 1 + k, 'type'],
          `「${events[terminal]!.type}」（${events[terminal]!.date}）の後に「${e.type}」は記録できません`,
        ),
      );
  }

  let period = first ? periodFrom(first.date) : undefined;
  let applied = false;
  events.forEach((e, i) => {
    if (e.type === '更新申請') {
      if (applied) add(['events', i, 'type'], '前の「更新申請」の結果（更新認定）が記録されないまま、次の更新申請があります');
      if (period && e.date > period.end)
        add(['events', i, 'date'], `更新申請（${e.date}）が有効期間の満了日（${period.end}）より後です。期限切れ後は新規申請になります`);
      applied = true;
    }
    if (e.type === '更新認定') {
      if (!applied) add(['events', i, 'type'], '「更新認定」の前に、その「更新申請」を記録してください');
      // After the period has ended, only an application made inside the window kept the certification alive (§9(1)イ).
      const state = stateOn(events.slice(0, i), e.date);
      if (applied && state && state.status === '期限切れ')
        add(
          ['events', i, 'date'],
          `有効期間（${period?.end} まで）内の期限内申請（満了日の60日前から30日前まで）がないため、満了後に更新認定はできません。新規の認定として扱ってください`,
        );
      applied = false;
      period = periodFrom(e.date);
    }
    if (e.type === '変更届出' || e.type === '改善要請') {
      const state = stateOn(events.slice(0, i), e.date);
      if (state && !isValidStatus(state.status))
        add(['events', i, 'type'], `「${e.type}」（${e.date}）は認定が有効な間だけ記録できます（この日の状態: ${state.status}）`);
    }
    if (e.type === '変更届出' || e.type === '更新認定') {
      (e.changes ?? []).forEach((c, k) => {
        const row = t.byId.get(c.item);
        const at: Path = ['events', i, 'changes', k];
        if (!row) add([...at, 'item'], `変更届出の項目 id「${c.item}」は申請書B様式にありません`);
        else if (row.perDataCentre && (!c.dataCentre || !dcIds.has(c.dataCentre)))
          add([...at, 'dataCentre'], `ハウジングの項目「${c.item}」の変更には、dataCentres にある id を dataCentre に書いてください`);
        else if (!row.perDataCentre && c.dataCentre)
          add([...at, 'dataCentre'], `「${c.item}」はデータセンターごとの項目ではありません（dataCentre は書けません）`);
        else if (sameText(c.previous, textAfter(s, i, c)))
          add(
            [...at, c.previous === undefined ? 'item' : 'previous'],
            `「${c.item}」の変更前（previous）と変更後の内容が同じです。回答の content を新しい内容に直したか確かめてください`,
          );
      });
    }
  });
}

/** The text a change introduced: the next change's previous, or the current answer. */
function textAfter(
  s: RawService,
  index: number,
  c: { item: string; dataCentre?: string | undefined; previous?: string | undefined },
): string | undefined {
  const next = nextChange(s.events, index, c);
  if (next) return next.previous;
  const answers = c.dataCentre ? s.dataCentres.find((d) => d.id === c.dataCentre)?.answers : s.answers;
  return answers?.[c.item]?.content;
}

const sameText = (a: string | undefined, b: string | undefined) => (a ?? '').replace(/\s+$/, '') === (b ?? '').replace(/\s+$/, '');
