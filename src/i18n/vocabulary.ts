/**
 * What each language must say. Keyed by the Japanese rule values themselves
 * (Status, EventType, RevocationGround), so adding a status, an event type or
 * a ground to src/rules or src/data makes the English vocabulary fail to type
 * check until it has an entry (and test/unit/i18n.test.ts checks at run time).
 */
import type { IsoDate } from '../rules/calendar-date.ts';
import type { EventType, Status } from '../rules/lifecycle.ts';
import type { FaceSheetField, RevocationGround } from '../rules/scheme-terms.ts';
import type { PublishedAnswer } from '../lib/publication.ts';
import type { MatchWords } from '../client/match-words.ts';
import type {
  CompareToggleWords,
  CompareWords,
  ItemValueWords,
  ServiceExcelWords,
  WatchToggleWords,
  WatchWords,
} from './widget-words.ts';
import type { Region } from '../rules/regions.ts';
import type { SortKey } from '../lib/words.ts';
import type { SearchWords } from '../client/search-words.ts';
import type { VerifyWords } from '../client/verify.ts';
import type { ListWords } from '../client/list-controls.ts';
import type { NotFoundWords } from '../client/not-found.ts';

export type AnswerState = PublishedAnswer['state'];

/**
 * Words both languages need and that the rules define: the language switch,
 * statuses, event types, revocation grounds, answer states and dates. Page
 * texts that exist only on English pages so far (the Japanese still lives in
 * its page or component) are in en.ts as EnglishPageTexts.
 */
export interface Vocabulary {
  /** Name of the language in itself, for the language switch. */
  languageName: string;
  /** The switch's words, read in the language it leads to. */
  switchTo: string;
  status: Record<Status, string>;
  event: Record<EventType, string>;
  /** 認定の取消し事由 ア〜コ (overview §11(4)), as the reason a certification was revoked. */
  ground: Record<RevocationGround, string>;
  /** A published answer with no text to show, by its state; never with a date (a release date is not published). */
  answer: Record<Exclude<AnswerState, 'answered'>, string>;
  /** 実施有無 of a practice row. */
  practice: { implemented: string; notImplemented: string };
  /**
   * The duration units answers are read in (src/rules/typed-value.ts DURATION_UNITS), for naming a
   * unit in filters and sorting; a written value itself is the provider's text and stays as written.
   */
  durationUnit: Readonly<Record<string, string>>;
  formatDate: (date: IsoDate) => string;
}

/** English texts of pages and components whose Japanese is still written in the page itself. */
export interface EnglishPageTexts {
  formB: {
    required: string;
    optional: string;
    keyRequirement: string;
    no: string;
    category: string;
    middle: string;
    label: string;
    description: string;
    /** Caption of the table of the 一定の要件 items. */
    keyRequirementsCaption: (count: number) => string;
    keyRequirementsRegion: (count: number) => string;
    /** Number of numbered items after a 大分類 name. */
    itemCount: (count: number) => string;
    perDataCentre: string;
  };
  certificate: {
    title: string;
    scheme: string;
    number: string;
    serviceName: string;
    providerName: string;
    period: string;
    periodRange: (from: string, to: string) => string;
    issued: string;
    statement: string;
    body: string;
    ground: string;
    asOf: (date: string) => string;
    markAlt: (number: string) => string;
    notValid: string;
    disclosure: string;
  };
  markEmbed: {
    heading: string;
    rules: (number: string) => string[];
    linkRule: string;
    basis: string;
    html: (width: number) => string;
    copy: string;
    /** What the copy button's status line says after copying, or after only selecting the text. */
    copied: string;
    selected: string;
    files: string;
    hiDpi: (width: number) => string;
    alt: (number: string) => string;
  };
  /** The header, navigation and footer of every English page. */
  chrome: {
    org: string;
    siteName: string;
    /** The site's name after a page's own in <title>, kept short so the whole title fits a search result. */
    titleName: string;
    skipLink: string;
    navLabel: string;
    list: string;
    about: string;
    compare: string;
    items: string;
    search: string;
    verify: string;
    /** The header's search box: its name and the hint inside it. */
    searchLabel: string;
    searchHint: string;
    footerNavLabel: string;
    asOf: (date: string) => string;
    published: string;
    disclaimer: string;
    operator: string;
    contact: string;
  };
  list: {
    title: string;
    description: string;
    lead: string;
    certified: (count: number, date: string) => string;
    caption: (count: number) => string;
    number: string;
    serviceName: string;
    providerName: string;
    firstCertified: string;
    category: string;
    status: string;
    expiry: string;
    none: string;
  };
  service: {
    description: (number: string) => string;
    faceSheet: string;
    summary: string;
    supplyForm: string;
    firstCertifiedNote: string;
    currentPeriod: string;
    lastPeriod: string;
    site: string;
    disclosureDate: string;
    formVersion: (version: string) => string;
    formB: string;
    formBLead: string;
    keyLegend: string;
    dataCentre: (n: number) => string;
    answer: string;
    requiredColumn: string;
    notValid: string;
    history: string;
    date: string;
    event: string;
    certificateAndMark: string;
  };
  /** /en/updates/: every service's events, newest first. */
  updates: {
    title: string;
    description: string;
    lead: string;
    linkNote: string;
    count: (count: number, date: string) => string;
    years: string;
    caption: (year: string) => string;
    date: string;
    event: string;
    service: string;
    changes: string;
    /** The day after a period's last day, when a certification ran out (期限切れ). */
    expired: string;
    fields: Record<FaceSheetField, string>;
    dataCentreAdded: string;
    dataCentreRemoved: string;
    /** Why the feeds stay Japanese, with the link's words. */
    feedNote: string;
    feedLink: string;
    calendarLink: string;
  };
  /** /en/data/: the open-data downloads and what their fields mean. */
  data: {
    title: string;
    description: string;
    lead: (date: string) => string;
    terms: string;
    licence: string;
    attribution: string;
    termsUnset: string;
    termsUnsetAsk: string;
    files: string;
    filesCaption: string;
    file: string;
    format: string;
    about: string;
    /** The CSV note, in pieces around the escape character and the two Japanese answer words it quotes. */
    csvNote: { format: string; formula: [string, string]; states: [string, string, string] };
    englishCsv: string;
    valuesNote: string;
    perService: string;
    perServiceLead: string;
    perServiceCaption: string;
    json: string;
    feed: string;
    expiry: string;
    ended: string;
    jsonFields: string;
    jsonFieldsCaption: string;
    field: string;
    where: string;
    answerStates: string;
    csvColumns: string;
    csvColumnsCaption: string;
    japaneseColumn: string;
    englishColumn: string;
    dataCentreColumnNote: string;
    dictionary: string;
    dictionaryLead: (version: string) => string;
    dictionaryCaption: string;
    rowId: string;
    kind: string;
    values: string;
  };
  /** /en/match/: the requirements matcher's page and what its script writes. */
  match: {
    title: string;
    description: string;
    lead: (count: number) => string;
    noScript: string;
    numbers: string;
    numbersHint: string;
    atLeast: string;
    atMost: string;
    noLaterThan: string;
    anyOf: string;
    allOf: string;
    practice: string;
    places: string;
    submit: string;
    clear: string;
    results: string;
    asOf: (date: string) => string;
    /** What the matcher's script writes on /en/match/ (given to it in the form's data-words). */
    finder: MatchWords;
  };
  /** /en/compare/ and its <compare-app>. */
  compare: {
    title: string;
    description: string;
    lead: string;
    noscriptStrong: string;
    noscriptBefore: string;
    noscriptLink: string;
    noscriptAfter: string;
    pickBefore: string;
    pickAfter: string;
    pickLegend: (min: number, max: number) => string;
    pickEnded: (count: number) => string;
    endedLegend: string;
    diffOnly: string;
    bestMark: string;
    bestLegend: string;
    print: string;
    saveXlsx: string;
    saveCsv: string;
    printMeta: string;
    keyRequirement: string;
    legend: string;
    caption: string;
    item: string;
    perDataCentre: string;
    dataCentre: string;
    required: string;
    optional: string;
    client: CompareWords;
  };
  /** /en/items/ and /en/items/<id>/, with <item-value-controls>. */
  items: {
    title: string;
    description: string;
    lead: (form: string) => string;
    form: string;
    tocHeading: string;
    tableLabel: (category: string) => string;
    caption: (category: string, count: number) => string;
    no: string;
    heading: string;
    descriptionColumn: string;
    required: string;
    keyRequirement: string;
    notApplicable: string;
    crumbList: string;
    crumbItems: string;
    itemDescription: (count: number, category: string, no: number, heading: string, description: string) => string;
    summary: (category: string, no: number, heading: string) => string;
    requiredItem: string;
    optionalItem: string;
    answers: string;
    answersLead: (date: string, count: number) => string;
    endedLeft: (count: number) => string;
    endedLink: string;
    compareBefore: string;
    compareLink: string;
    answersLabel: (description: string) => string;
    answersCaption: (description: string, count: number) => string;
    service: string;
    provider: string;
    type: string;
    status: string;
    answer: string;
    value: string;
    about: string;
    category: string;
    middle: string;
    label: string;
    what: string;
    requiredOrOptional: string;
    requiredFact: string;
    optionalFact: string;
    keyFact: string;
    keyFactAfter: string;
    keyNo: string;
    guidance: string;
    unit: string;
    dataCentres: string;
    noValue: string;
    valueNote: string;
    pager: string;
    sort: string;
    byNumber: string;
    order: (label: string, better: string) => string;
    higher: (duration: boolean) => string;
    lower: (duration: boolean) => string;
    any: string;
    atLeast: string;
    atMost: string;
    example: (sample: string) => string;
    show: string;
    /** The units a reader may type are the vocabulary's (durationUnit), so the widget's words here leave them out. */
    client: Omit<ItemValueWords, 'units'>;
  };
  /** /en/watch/ and its <watch-list>. */
  watch: {
    title: string;
    description: string;
    lead: string;
    noscript: string;
    subscribe: string;
    subscribeLead: string;
    feedName: string;
    feedText: string;
    calendarName: string;
    /** Stands for a service's id in the feed and calendar addresses. */
    slug: string;
    calendarText: string;
    allBefore: string;
    allFeed: string;
    allAnd: string;
    allCalendar: string;
    allAfter: string;
    client: WatchWords;
  };
  /** A service page's compare and watch toggles, Excel button and live status. */
  tools: {
    compareAdd: string;
    compareLinkBefore: string;
    compareLinkAfter: string;
    compare: CompareToggleWords;
    watch: string;
    watchLinkBefore: string;
    watchLinkAfter: string;
    watchWords: WatchToggleWords;
    excel: string;
    excelWords: ServiceExcelWords;
    /** The note under a status judged again in the browser: the words before and after the reader's date. */
    liveNote: (asOf: string) => readonly [string, string];
  };
  /** A service page's history with the before/after of each change. */
  history: {
    legend: string;
    struck: string;
    underlined: string;
    expired: string;
    expiredText: (lastDay: string) => string;
    ground: string;
    newPeriod: (from: string, to: string) => string;
    changes: (count: number) => string;
    dataCentreAdded: string;
    dataCentreRemoved: string;
    added: string;
    removed: string;
    removedContent: (count: number) => string;
    removedCaption: (label: string) => string;
    item: string;
    answer: string;
    before: string;
    after: string;
    beforeAfter: (label: string) => string;
    withheld: string;
    deleted: string;
    deletedEnd: string;
    inserted: string;
    insertedEnd: string;
    field: Record<FaceSheetField, string>;
  };
  /** /en/search/: the page's own words, then what its script writes (search-words.ts). */
  search: {
    title: string;
    description: string;
    lead: string;
    keywords: string;
    submit: string;
    noscript: string;
    noscriptList: string;
    noscriptVerify: string;
    filters: string;
    /** Legends of the facets, keyed by the index's own facet names (src/lib/search-terms.ts FACETS). */
    facets: Readonly<Record<string, string>>;
    regions: Readonly<Record<Region, string>>;
    providersHint: string;
    services: string;
    partial: string;
    pages: string;
    more: string;
    script: SearchWords;
  };
  /** /en/verify/ and its lookup (verify.ts). */
  verify: {
    title: string;
    description: string;
    lead: string;
    caption: (date: string) => string;
    number: string;
    status: string;
    names: string;
    certificateOf: (number: string) => string;
    certificate: string;
    script: VerifyWords;
  };
  /** The list's sorting and filters, and the compare picker (ListControls, list-controls.ts). */
  listControls: {
    heading: string;
    sort: string;
    sorts: Readonly<Record<SortKey, string>>;
    category: string;
    status: string;
    certified: string;
    place: string;
    uptime: string;
    uptimeAtLeast: (percent: string) => string;
    certifications: string;
    all: string;
    apply: string;
    reset: string;
    pickLead: string;
    pickSubmit: string;
    pick: string;
    pickEnded: string;
    script: ListWords;
  };
  /** The English part of the one 404 page (static hosts serve /404.html for every missing address). */
  notFound: {
    /** The offer of <not-found-number> under /en/ (src/client/not-found.ts). */
    script: NotFoundWords;
    title: string;
    body: string;
    list: string;
    verify: string;
  };
  about: {
    navHeading: string;
    /** The English scheme pages in reading order, each the twin of the same entry of ABOUT_PAGES (src/lib/about-pages.ts). */
    pages: readonly { href: string; title: string }[];
  };
}
