/** Zod's schema issues, said in Japanese for the people who edit the data. */
import type { z } from 'astro/zod';

export interface SchemaIssue {
  path: (string | number)[];
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字列',
  number: '数値',
  boolean: 'true または false',
  object: '「キー: 値」の組（マッピング）',
  array: '「- 」で始まる並び（リスト）',
};

export function schemaIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.flatMap((issue): SchemaIssue[] => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    switch (issue.code) {
      case 'invalid_type': {
        if (issue.input === undefined) {
          return [{ path, message: '必須のフィールドがありません' }];
        }
        return [{ path, message: `${TYPE_NAMES[issue.expected] ?? issue.expected}で書いてください` }];
      }
      case 'unrecognized_keys':
        return issue.keys.map((k) => ({
          path: [...path, k],
          message: `未知のフィールド「${k}」です。綴りを確認してください`,
        }));
      case 'invalid_value':
        return [{ path, message: `次のいずれかで書いてください: ${issue.values.map(String).join('、')}` }];
      case 'too_small':
        return [{ path, message: issue.origin === 'array' ? `${issue.minimum} 件以上必要です` : '空です' }];
      case 'too_big':
        return [{ path, message: `${issue.maximum} 件以下にしてください` }];
      case 'invalid_union':
        return [
          {
            path,
            message: issue.message && !/^Invalid/.test(issue.message) ? issue.message : '書き方が正しくありません',
          },
        ];
      default:
        return [{ path, message: /^[\x00-\x7f]*$/.test(issue.message) ? '書き方が正しくありません' : issue.message }];
    }
  });
}
