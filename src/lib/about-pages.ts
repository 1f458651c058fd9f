/** The scheme pages under /about/, in reading order: their one navigation, header/footer links and tests read this list. */
export const ABOUT_PAGES = [
  { href: '/about/', title: '認定制度について' },
  { href: '/about/criteria/', title: '審査基準' },
  { href: '/about/procedures/', title: '申請・更新・変更・終了・取消し' },
  { href: '/about/fees/', title: '手数料と問合せ先' },
  { href: '/about/glossary/', title: '用語集' },
] as const;
