/**
 * The words the browser widgets write, one interface per widget. A
 * component renders its language's words onto its element (`data-words`,
 * read by src/client/widget-words.ts), so the clients carry no language:
 * the Japanese words are written in each component, the English ones in
 * en.ts. A word that takes values names them in braces ("{name}").
 * Types only, so browser code may import them.
 */

/** <compare-app> (CompareApp.astro, src/client/compare.ts). */
export interface CompareWords {
  /** After the best value of a row, for screen readers. */
  best: string;
  saving: string;
  /** {file} */
  saved: string;
  saveFailed: string;
  watch: string;
  watching: string;
  /** After the watch button's word, for screen readers: {name}. */
  watchFor: string;
  /** The × button's name: {name}. */
  remove: string;
  /** The type before the status badge in a column's head: {category}. */
  categoryBefore: string;
  /** Under an ended service's name: {text} (what ended and when). */
  endedNote: string;
  /** A housing row of a service with fewer data centres: {n}. */
  dataCentreCount: string;
  endedHeading: string;
  endedLead: string;
  /** {name} {number} {text} */
  endedService: string;
  /** {n} {names} */
  caption: string;
  /** Between names in a list. */
  listSeparator: string;
  /** Between two sentences of one message: none in Japanese. */
  sentenceGap: string;
  /** {n} */
  sameHidden: string;
  /** {n} */
  sameCount: string;
  /** {numbers} */
  unknown: string;
  /** {min} {max} {n} */
  pickMore: string;
  /** {max} */
  atMost: string;
  loadFailed: string;
  /** Each status by its Japanese name (the published JSON's), for the workbook. */
  status: Readonly<Record<string, string>>;
  /** The workbook and CSV (src/lib/compare-sheet.ts). */
  sheet: SheetWords;
}

/** The 稟議 workbook's own words (its chrome); the answers in it stay as disclosed. */
export interface SheetWords {
  /** Which date form the workbook writes. */
  dates: 'ja' | 'en';
  item: string;
  withheld: string;
  unanswered: string;
  implemented: string;
  notImplemented: string;
  keyRequirement: string;
  /** {n} */
  dataCentre: string;
  /** {n} */
  dataCentreCount: string;
  /** Joins the parts of an item's line (required · key requirement · data centre). */
  metaSeparator: string;
  /** {name} */
  titleOne: string;
  titleMany: string;
  asOf: string;
  urlOne: string;
  urlMany: string;
  diffOnly: string;
  /** {n} */
  diffOnlyYes: string;
  diffOnlyNo: string;
  source: string;
  columns: readonly [string, string, string, string, string, string, string];
  /** {from} {to} */
  period: string;
  notes: string;
  asDisclosed: string;
  flags: string;
  asOfNote: string;
  coverSheet: string;
  answersSheetOne: string;
  answersSheetMany: string;
  fileOne: string;
  fileMany: string;
  required: string;
  optional: string;
}

/** <compare-toggle> on a service page. */
export interface CompareToggleWords {
  add: string;
  remove: string;
  added: string;
  removed: string;
  /** {max} */
  full: string;
}

/** <watch-toggle> on a service page. */
export interface WatchToggleWords {
  watch: string;
  watching: string;
  added: string;
  removed: string;
}

/** <service-excel> on a service page. */
export interface ServiceExcelWords {
  saving: string;
  /** {file} */
  saved: string;
  saveFailed: string;
  sheet: SheetWords;
  /** Each status in the workbook's language, by its Japanese name; none in Japanese. */
  status: Readonly<Record<string, string>>;
}

/** <item-value-controls> on an item page. */
export interface ItemValueWords {
  /** {n} */
  all: string;
  /** {n} {shown} */
  some: string;
  /**
   * Duration units a reader may type in the page's language, each to the form's own unit (「時間」), since
   * thresholds are read by the matcher's rule in the form's units; none on the Japanese page.
   */
  units: Readonly<Record<string, string>>;
}

/** <watch-list> on the watch page. */
export interface WatchWords {
  dates: 'ja' | 'en';
  /** Each status and event type by its Japanese name (the published JSON's). */
  status: Readonly<Record<string, string>>;
  event: Readonly<Record<string, string>>;
  expired: string;
  /** {n} */
  changes: string;
  /** {type} */
  endedDays: string;
  pastRenewal: string;
  past: string;
  lastDay: string;
  /** {n} */
  daysLeft: string;
  provider: string;
  /** {date} */
  statusOn: string;
  expiry: string;
  remaining: string;
  /** {name} */
  eventsOf: string;
  sinceLast: string;
  /** {n} */
  allHistoryMore: string;
  allHistory: string;
  feed: string;
  calendar: string;
  stop: string;
  /** {name} */
  stopName: string;
  /** {name} {n} */
  stopped: string;
  events: string;
  none: string;
  /** {n} */
  watching: string;
  firstVisit: string;
  /** {date} {n} */
  sinceVisit: string;
  /** {numbers} */
  unknown: string;
  listSeparator: string;
  sentenceGap: string;
  /** After a service's name: {number}. */
  number: string;
  /** After an event: {detail}. */
  detail: string;
}
