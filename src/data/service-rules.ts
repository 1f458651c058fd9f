/**
 * The scheme's rules applied to one service record that already fits the
 * schema. Each problem carries the field path so the loader can point at the
 * line in the YAML file.
 */
import { isIsoDate, parseWrittenDate } from '../rules/calendar-date.ts';
import { parseCertificationNumber, yymmOf } from '../rules/certification-number.ts';
import { isRenewalOutcome, isTerminal, isValidStatus, periodFrom, stateOn } from '../rules/lifecycle.ts';
import { addDays, lastDayOfYears } from '../rules/calendar-date.ts';
import { countedLength, isBlank, needsEvidence, negativePhraseIn, showsMeasure } from '../rules/review-criteria.ts';
import { PREFECTURES } from '../rules/prefectures.ts';
import { readTypedValue } from '../rules/typed-value.ts';
import type { FormRow, FormTemplate } from './form-b-template.ts';
import type { RawAnswer, RawService } from './service-record.ts';
import { checkChange } from './change-rules.ts';
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
    add(
      ['templateVersion'],
      `様式のバージョン「${s.templateVersion}」は content/form-b.yaml の「${t.version}」と一致しません`,
    );
  if (!/^https?:\/\/[^\s]+$/.test(s.serviceSite))
    add(['serviceSite'], 'サービスサイトは http:// または https:// で始まる URL で書いてください');

  // Answers outside the housing block
  checkAnswers(s.answers, ['answers'], t, false, add);
  const dcIds = new Set<string>();
  const centres = [
    ...s.dataCentres.map((dc, i) => ({ dc, at: ['dataCentres', i] as Path })),
    ...(s.removedDataCentres ?? []).map((dc, i) => ({ dc, at: ['removedDataCentres', i] as Path })),
  ];
  for (const { dc, at } of centres) {
    if (dcIds.has(dc.id))
      add([...at, 'id'], `データセンターの id「${dc.id}」が重複しています（削除したデータセンターの id も使えません）`);
    dcIds.add(dc.id);
    checkAnswers(dc.answers, [...at, 'answers'], t, true, add);
  }

  // Events
  let datesOk = true;
  s.events.forEach((e, i) => {
    if (!isIsoDate(e.date)) {
      datesOk = false;
      add(
        ['events', i, 'date'],
        `日付「${e.date}」は存在しないか、形式が正しくありません。YYYY-MM-DD（例: 2025-04-01）で書いてください`,
      );
    }
  });
  if (datesOk) checkEvents(s, t, number?.yymm, dcIds, add);
  return out;
}

/**
 * Things a person should look at before publishing, that are not errors: a
 * 一定の要件 answer that shows a measure but contains a negative phrase
 * (「…は実施していません」 may or may not mean the measure is missing).
 */
export function serviceWarnings(s: RawService, t: FormTemplate): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const look = (answers: Record<string, RawAnswer>, base: Path) => {
    for (const [id, a] of Object.entries(answers)) {
      const row = t.byId.get(id);
      if (!row?.keyRequirement || a.implemented === false) continue;
      const phrase = negativePhraseIn(a.content);
      if (phrase)
        out.push({
          path: [...base, id, 'content'],
          message: `No.${row.no}「${row.description}」は「一定の要件を考慮すべき項目」で、回答に「${phrase}」があります。対策・措置を行っている内容か確かめてください（誤りではありません）`,
        });
    }
  };
  look(s.answers, ['answers']);
  s.dataCentres.forEach((dc, i) => look(dc.answers, ['dataCentres', i, 'answers']));
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
      add(
        [...path, 'content'],
        `${label} は日付です。「2024/10/31」「2024年10月31日」のように、存在する日付を書いてください`,
      );
    if (row.kind === 'url' && !/^https?:\/\/\S+$/.test(content.trim()))
      add([...path, 'content'], `${label} は http:// または https:// で始まる URL を書いてください`);
    if (row.kind === 'quantity' && !/[0-9０-９]/.test(content))
      add([...path, 'content'], `${label} は数値を含めて書いてください（単位: ${row.unit ?? 'なし'}）`);
    if (row.maxLength !== undefined && countedLength(content) > row.maxLength)
      add(
        [...path, 'content'],
        `${label} は ${row.maxLength} 字以内です（現在 ${countedLength(content)} 字、改行は数えません）`,
      );
  }
  const answered = !isBlank(content) || a.implemented !== undefined;
  if (row.keyRequirement && answered && !showsMeasure(a))
    add(
      [...path, a.implemented === false ? 'implemented' : 'content'],
      `${label} は「一定の要件を考慮すべき項目」です。対策・措置を行っている内容を記述してください（「なし」「実施していません」「未対応」「検討中」などでは認定できません）`,
    );
  if (answered && needsEvidence(a) && (!a.evidence || a.evidence.length === 0))
    add([...path, 'evidence'], `${label} の添付書類等（申請内容を裏付ける資料名と記載箇所）がありません`);
  if (a.value !== undefined) checkValue(a, path, row, add);
  if (a.withhold) {
    if (!isIsoDate(a.withhold.through))
      add(
        [...path, 'withhold', 'through'],
        `公表留保の最終日「${a.withhold.through}」は存在しないか、形式が正しくありません。YYYY-MM-DD で書いてください`,
      );
    if (!answered) add([...path, 'withhold'], `${label} は回答がないため公表留保できません`);
  }
}

/** A typed value is declared by the secretariat, never guessed, and must be backed by the 申請内容 it sits beside. */
function checkValue(a: RawAnswer, path: Path, row: FormRow, add: (path: Path, message: string) => void): void {
  const label = `No.${row.no}「${row.description}」`;
  const at = [...path, 'value'];
  if (row.values.length === 0)
    return add(at, `${label} には値（value）を書けません（様式で値が定められていない項目です）`);
  if (a.withhold)
    return add(
      at,
      `${label} は公表留保中の回答なので値（value）を書けません（値は絞り込みなどを通じて公開されてしまいます）`,
    );
  if (isBlank(a.content)) return add(at, `${label} は申請内容がないため値（value）を書けません`);
  const written = a.value!;
  const isMap = typeof written === 'object' && !Array.isArray(written);
  if (row.values.length === 1 && isMap) return add(at, `${label} の値は1つです。value: に直接書いてください`);
  if (row.values.length > 1 && !isMap)
    return add(
      at,
      `${label} には値が ${row.values.length} つあります。value: の下に ${row.values.map((v) => v.key).join('・')} ごとに書いてください`,
    );
  const entries: [string | undefined, string | string[]][] = isMap ? Object.entries(written) : [[undefined, written]];
  for (const [key, value] of entries) {
    const spec = key === undefined ? row.values[0]! : row.values.find((v) => v.key === key);
    if (!spec) {
      add(
        [...at, key!],
        `${label} の値に「${key}」はありません（${row.values.map((v) => v.key).join('・')} のどれかです）`,
      );
      continue;
    }
    const r = readTypedValue(spec, value, a.content ?? '');
    if (!r.ok) add(key === undefined ? at : [...at, key], `${label} の${r.message}`);
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
    if (prev && e.date < prev.date)
      add(['events', i, 'date'], `履歴は日付の古い順に並べてください（${prev.date} の後に ${e.date}）`);
  });
  const firstIndex = events.findIndex((e) => e.type === '認定');
  if (firstIndex !== 0) add(['events', 0, 'type'], '履歴の最初は「認定」です');
  events.forEach((e, i) => {
    if (e.type === '認定' && i !== firstIndex)
      add(['events', i, 'type'], '「認定」は1回だけです。更新は「更新申請」「更新認定」で書いてください');
  });
  const first = events[firstIndex];
  if (first && yymm && yymmOf(first.date) !== yymm) {
    add(
      ['certificationNumber'],
      `認定番号の下4桁「${yymm}」が初回の認定日 ${first.date} の年月（${yymmOf(first.date)}）と一致しません`,
    );
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
  let applied: { date: string } | undefined;
  let outcome: { type: string; date: string; index: number } | undefined;
  const added = new Set<string>();
  const removed = new Set<string>();
  events.forEach((e, i) => {
    if (outcome && i > outcome.index)
      add(
        ['events', i, 'type'],
        `「${outcome.type}」（${outcome.date}）の後に「${e.type}」は記録できません。再び認定を受けるときは、新しい認定番号のファイルで新規の「認定」として登録してください`,
      );
    if (e.type === '更新申請') {
      if (applied)
        add(
          ['events', i, 'type'],
          `前の「更新申請」（${applied.date}）の結果（更新認定・更新非認定・更新申請取下げ）が記録されないまま、次の更新申請があります`,
        );
      if (period && e.date > period.end)
        add(
          ['events', i, 'date'],
          `更新申請（${e.date}）が有効期間の満了日（${period.end}）より後です。期限切れ後は新規申請になります`,
        );
      applied = { date: e.date };
    }
    if (isRenewalOutcome(e.type)) {
      if (!applied) {
        const later = events.slice(i + 1).find((x) => x.type === '更新申請');
        add(
          ['events', i, later ? 'date' : 'type'],
          later
            ? `「${e.type}」（${e.date}）が、その更新申請（${later.date}）より前の日付です`
            : `「${e.type}」の前に、結果の出ていない「更新申請」を記録してください`,
        );
      }
      applied = undefined;
      outcome ??= { type: e.type, date: e.date, index: i };
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
      applied = undefined;
      const start = checkPeriodStart(e.periodStart, e.date, period?.start, ['events', i], add);
      if (start) period = periodFrom(start);
    }
    if (e.type === '変更届出' || e.type === '改善要請') {
      const state = stateOn(events.slice(0, i), e.date);
      if (state && !isValidStatus(state.status))
        add(
          ['events', i, 'type'],
          `「${e.type}」（${e.date}）は認定が有効な間だけ記録できます（この日の状態: ${state.status}）`,
        );
    }
    if (e.type === '変更届出' || e.type === '更新認定') {
      (e.changes ?? []).forEach((c, k) =>
        checkChange(s, t, i, c, ['events', i, 'changes', k], dcIds, { added, removed }, add),
      );
    }
  });
  (s.removedDataCentres ?? []).forEach((dc, i) => {
    if (!removed.has(dc.id))
      add(
        ['removedDataCentres', i, 'id'],
        `削除したデータセンター「${dc.id}」に対応する変更（changes の dataCentreRemoved: ${dc.id}）が経緯にありません`,
      );
  });
}

/** 更新認定 states the first day of the new period as on the certificate; nothing is assumed. */
function checkPeriodStart(
  start: string | undefined,
  decided: string,
  previousStart: string | undefined,
  at: Path,
  add: (path: Path, message: string) => void,
): string | undefined {
  if (start === undefined) {
    add(
      [...at, 'type'],
      '「更新認定」には、認定証に記載された新しい認定期間の開始日（periodStart: YYYY-MM-DD）が必要です',
    );
    return undefined;
  }
  if (!isIsoDate(start)) {
    add(
      [...at, 'periodStart'],
      `認定期間の開始日「${start}」は存在しないか、形式が正しくありません。YYYY-MM-DD で書いてください`,
    );
    return undefined;
  }
  if (previousStart !== undefined && start <= previousStart)
    add(
      [...at, 'periodStart'],
      `認定期間の開始日（${start}）は、前の認定期間の開始日（${previousStart}）より後の日付にしてください`,
    );
  else if (start > addDays(lastDayOfYears(decided, 1), 1) || start < addDays(lastDayOfYears(decided, -1), 1))
    add(
      [...at, 'periodStart'],
      `認定期間の開始日（${start}）が更新認定の日（${decided}）から1年以上離れています。認定証の日付を確かめてください`,
    );
  return start;
}
