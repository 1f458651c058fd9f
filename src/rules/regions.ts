/**
 * The regions of Japan used by the search's データセンターの地域 facet (the
 * usual eight-region division, with 沖縄 on its own), and 国外 for a data
 * centre in another country. Computed from the published prefecture, so a
 * withheld location has no region either.
 */
import { PREFECTURES } from './prefectures.ts';

export const REGIONS = ['北海道', '東北', '関東', '中部', '近畿', '中国', '四国', '九州', '沖縄', '国外'] as const;
export type Region = (typeof REGIONS)[number];

/** Prefectures of each region in Japan, in JIS X 0401 order. */
export const REGION_PREFECTURES: Readonly<Record<Exclude<Region, '国外'>, readonly string[]>> = {
  北海道: ['北海道'],
  東北: ['青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県'],
  関東: ['茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県'],
  中部: ['新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県'],
  近畿: ['三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県'],
  中国: ['鳥取県', '島根県', '岡山県', '広島県', '山口県'],
  四国: ['徳島県', '香川県', '愛媛県', '高知県'],
  九州: ['福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県'],
  沖縄: ['沖縄県'],
};

const JAPAN = '日本';
const BY_PREFECTURE = new Map(
  Object.entries(REGION_PREFECTURES).flatMap(([region, prefs]) => prefs.map((p) => [p, region as Region] as const)),
);

/** The region of a published location: by prefecture in Japan (none when not given), 国外 elsewhere. */
export function regionOf(location: { country: string; prefecture?: string | undefined }): Region | undefined {
  if (location.country !== JAPAN) return '国外';
  return location.prefecture !== undefined && PREFECTURES.includes(location.prefecture)
    ? BY_PREFECTURE.get(location.prefecture)
    : undefined;
}
