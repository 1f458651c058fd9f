/**
 * Command-line arguments for the CLI tools, read with node:util's parseArgs
 * (strict: an unknown option or a missing value is an error, never silently
 * ignored) and reported in Japanese with the tool's usage, exit code 1.
 * Every tool also takes --help / -h.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface CliArgs<V> {
  values: V & { help?: boolean };
  positionals: string[];
}

/** Japanese for parseArgs' errors (they carry a code; the option's name is in the English message). */
export function cliErrorMessage(e: unknown): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-[^'\s]+)/.exec(message)?.[1] ?? /(--?[\w-]+)/.exec(message)?.[1] ?? '';
  const positional = /'([^']*)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `知らないオプションです: ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `オプション ${option} の値が正しくありません（値が必要なオプションには値を、値をとらないオプションには何も付けずに指定してください）`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `余分な引数があります: ${positional}`;
    default:
      return `引数を読めません: ${message}`;
  }
}

/**
 * Parses process.argv (or `args`). On --help prints `usage` and exits 0; on
 * an argument error prints the Japanese reason and `usage` and exits 1.
 */
export function cliArgs<const O extends ParseArgsOptionsConfig>(
  options: O,
  usage: string,
  { maxPositionals = Infinity, args = process.argv.slice(2) }: { maxPositionals?: number; args?: string[] } = {},
) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  let parsed;
  try {
    parsed = parseArgs({ args, options: all, allowPositionals: true, strict: true });
    if (parsed.positionals.length > maxPositionals)
      throw Object.assign(new Error(`'${parsed.positionals[maxPositionals]}'`), {
        code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
      });
  } catch (e) {
    console.error(`${cliErrorMessage(e)}\n\n${usage}`);
    process.exit(1);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
