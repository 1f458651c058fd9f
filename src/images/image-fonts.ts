/**
 * The one font every generated image uses: Noto Sans JP (regular and bold)
 * from the @expo-google-fonts/noto-sans-jp package, read from node_modules at
 * build time. TTF because satori draws woff2 as empty boxes and cannot read
 * .ttc collections; nothing is fetched from the network.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface ImageFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

export const FONT_FAMILY = 'Noto Sans JP';

const FILES = {
  400: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
} as const;

let loaded: { fonts: ImageFont[]; hash: string } | undefined;

/**
 * Resolved from the project root, not from this module: Astro runs the built
 * copy of this file from its own output folder, which may be anywhere.
 */
export function imageFonts(root: string = process.cwd()): { fonts: ImageFont[]; hash: string } {
  if (loaded) return loaded;
  const require = createRequire(join(root, 'package.json'));
  const hash = createHash('sha256');
  const fonts = ([400, 700] as const).map((weight) => {
    const data = readFileSync(require.resolve(FILES[weight]));
    hash.update(data);
    return { name: FONT_FAMILY, data, weight, style: 'normal' as const };
  });
  loaded = { fonts, hash: hash.digest('hex') };
  return loaded;
}
