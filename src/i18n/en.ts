/**
 * The English vocabulary of the English edition (/en/), in the catalogue's
 * own words. Terms follow the ministry's English IaaS/PaaS disclosure
 * guideline where it has them (disclosure items, required and optional
 * items); the scheme's names for its own steps are rendered plainly rather
 * than literally. What providers disclosed is never translated.
 */
import type { EnglishPageTexts, Vocabulary } from './vocabulary.ts';
import { formatEnglishDate } from './date.ts';

export const en: Vocabulary = {
  languageName: 'English',
  switchTo: 'English',
  status: {
    有効: 'Valid',
    更新手続中: 'Renewal under review',
    期限切れ: 'Expired',
    サービス終了: 'Service discontinued',
    認定取消し: 'Revoked',
    効力喪失: 'Lapsed',
  },
  event: {
    認定: 'Certified',
    変更届出: 'Change notified',
    更新申請: 'Renewal applied for',
    更新認定: 'Renewed',
    更新非認定: 'Renewal refused',
    更新申請取下げ: 'Renewal application withdrawn',
    改善要請: 'Improvement requested',
    サービス終了: 'Service discontinued',
    認定取消し: 'Certification revoked',
    効力喪失: 'Certification lapsed',
  },
  ground: {
    ア: 'The service was found no longer to meet the review criteria',
    イ: 'The certification was found to have been obtained by improper means',
    ウ: 'The certification mark was used for a service that is not certified',
    エ: 'The certification mark was used without a clear line between the certified service and other services',
    オ: 'The certification mark was shown in other colours or only in part',
    カ: 'A change to the application was not notified, without good reason',
    キ: 'An emergency was not notified or reported, without good reason',
    ク: "The certification body's inquiry was refused, or false explanations or documents were given, without good reason",
    ケ: 'A request for improvement was not followed, without good reason',
    コ: 'An unlawful act or a breach of law was committed',
  },
  answer: { withheld: 'Withheld until a later date', unanswered: 'Not answered' },
  practice: { implemented: 'Implemented', notImplemented: 'Not implemented' },
  durationUnit: {
    分: 'minutes',
    時間: 'hours',
    日: 'days',
    営業日: 'business days',
    週間: 'weeks',
    か月: 'months',
    ヶ月: 'months',
    カ月: 'months',
    年: 'years',
  },
  formatDate: formatEnglishDate,
};

export const enPages: EnglishPageTexts = {
  formB: {
    required: 'Required',
    optional: 'Optional',
    keyRequirement: 'Key requirement',
    no: 'No.',
    category: 'Category',
    middle: 'Subcategory',
    label: 'Disclosure item',
    description: 'What Form B asks for',
    keyRequirementsCaption: (n) =>
      `Items with key requirements (${n} items; a service that has not taken the measures is not certified)`,
    keyRequirementsRegion: (n) => `Items with key requirements (${n} items)`,
    itemCount: (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
    perDataCentre: 'disclosed for each data centre used',
  },
  certificate: {
    title: 'Certificate',
    scheme: 'Information Disclosure Certification for the Safety and Reliability of IaaS and PaaS',
    number: 'Certification number',
    serviceName: 'Service name',
    providerName: 'Provider',
    period: 'Period of certification',
    periodRange: (from, to) => `${from} to ${to}`,
    issued: 'Issued',
    statement:
      'The service above is certified as disclosing information on its safety and reliability properly, under the review criteria of the Information Disclosure Certification for the Safety and Reliability of IaaS and PaaS.',
    body: 'ASPIC (Japan Cloud Industry Association), Cloud Service Information Disclosure Certification Body',
    ground: 'Ground',
    asOf: (date) => `Status as published on ${date}.`,
    markAlt: (number) => `Certification mark (certification number ${number})`,
    notValid: 'This certification is not valid, so the certification mark may not be shown.',
    disclosure: "Read this service's disclosure (Form B)",
  },
  markEmbed: {
    heading: 'Using the certification mark',
    rules: (number) => [
      'The mark may be shown only while this certification is valid (including while a renewal is under review). When it expires or is revoked, stop showing it at once.',
      `It may be shown only for this service (certification number ${number}). Where it appears next to services that are not certified, make clear which one is certified.`,
      'Do not change its colours or show only part of it. It may be resized as long as its proportions are kept.',
    ],
    linkRule:
      "When the mark is shown on a website or in other electronic form, it must link to this service's page. The HTML below already does.",
    basis: 'Basis: Article 10 (use of the certification mark) of the operating rules of the scheme',
    html: (width) => `HTML to paste (${width} pixels wide)`,
    copy: 'Copy the HTML',
    copied: 'Copied',
    selected: 'Selected. Press Ctrl+C (⌘+C) to copy.',
    files: 'Image files',
    hiDpi: (width) => `(high-resolution, for ${width} wide)`,
    alt: (number) =>
      `IaaS/PaaS information disclosure certification mark, certification number ${number} (see what is certified and its current status)`,
  },
  chrome: {
    org: 'ASPIC cloud service information disclosure certification',
    siteName: 'Certified IaaS and PaaS disclosures',
    titleName: 'ASPIC certified IaaS/PaaS',
    skipLink: 'Skip to main content',
    navLabel: 'Site',
    list: 'Certified services',
    about: 'About the scheme',
    japaneseOnly: 'In Japanese only for now:',
    footerNavLabel: 'Pages on the scheme',
    asOf: (date) =>
      `This catalogue is as published on ${date}. Each service's status (valid, expired and so on) is judged on that date.`,
    published:
      'What is published is what each certified provider wrote in the "Application content" column of Form B, as written, in Japanese. The documents attached to an application as evidence are never published.',
    disclaimer:
      'A certification shows that information on safety and reliability is disclosed properly. It does not guarantee that the service itself is safe.',
    operator: 'Run by',
    contact: 'Questions about this site and its data:',
  },
  list: {
    title: 'Certified IaaS and PaaS services',
    description:
      "Services certified under ASPIC's information disclosure certification for the safety and reliability of IaaS and PaaS, with what each disclosed in Form B.",
    lead: 'These services hold a certification under the information disclosure certification scheme for the safety and reliability of IaaS and PaaS. Choose a service to read what its provider disclosed in Form B, category by category. Names and disclosures are published as the provider wrote them, in Japanese.',
    certified: (count, date) =>
      `On ${date}, ${count} ${count === 1 ? 'service holds' : 'services hold'} a valid certification. Services whose certification has ended stay listed so their history can be checked.`,
    caption: (count) => `${count} certified ${count === 1 ? 'service' : 'services'} (by certification number)`,
    number: 'Certification number',
    serviceName: 'Service',
    providerName: 'Provider',
    firstCertified: 'Certified',
    category: 'Type',
    status: 'Status',
    expiry: 'Expires',
    none: 'None',
  },
  service: {
    description: (number) =>
      `What the service with certification number ${number} disclosed in Form B on its safety and reliability, as written in Japanese.`,
    faceSheet: 'About the certified service',
    summary: 'Summary',
    supplyForm: 'Form of supply',
    firstCertifiedNote: '(first certification)',
    currentPeriod: 'Current period of certification',
    lastPeriod: 'Last period of certification',
    site: 'Service website',
    disclosureDate: 'Date of the disclosed information',
    formVersion: (version) => `Form B, version ${version}`,
    formB: 'Form B (details of the disclosed information)',
    formBLead:
      'What the provider wrote in the "Application content" column of Form B, published as written, in Japanese. Items marked as key requirements are those a service must have taken measures on to be certified.',
    keyLegend: 'Key requirement',
    dataCentre: (n) => `Data centre ${n}:`,
    answer: 'Application content',
    requiredColumn: 'Required or optional',
    statusLine: 'Status:',
    notValid: 'This certification is not valid now.',
    history: 'History of the certification',
    date: 'Date',
    event: 'Event',
    certificateAndMark: 'Certificate and certification mark',
  },
  updates: {
    title: 'Updates',
    description:
      'Certifications, notified changes, renewals, requests for improvement, discontinued services, revocations, lapses and expiries of certified IaaS and PaaS, newest first.',
    lead: 'Everything that happened to a certified service, newest first: certifications, notified changes, renewal applications and their outcomes, requests for improvement, discontinued services, revocations, lapses, and expiries (the day after a period of certification ended without renewal).',
    linkNote:
      "Each event links to the service's history. A changed item links to that item as it stands now; the before-and-after view of a change is on the Japanese page.",
    count: (count, date) => `On ${date} there ${count === 1 ? 'is 1 update' : `are ${count} updates`}.`,
    years: 'Years',
    caption: (year) => `Updates in ${year} (newest first)`,
    date: 'Date',
    event: 'Event',
    service: 'Service (certification number)',
    changes: 'What changed',
    expired: 'Certification expired',
    fields: {
      serviceName: 'Service name',
      providerName: 'Provider name',
      serviceSummary: 'Service summary',
      serviceSite: 'Service website',
      supplyForm: 'Form of supply',
    },
    dataCentreAdded: 'Data centre added:',
    dataCentreRemoved: 'Data centre removed:',
    feedNote:
      'The same events are published as an Atom feed and the expiry dates as an iCalendar file. Both are open data and, like the other files, in Japanese only: one feed keeps one entry per event for every subscriber.',
    feedLink: 'Atom feed of events (Japanese)',
    calendarLink: 'Calendar of expiry dates (Japanese)',
  },
  data: {
    title: 'Open data',
    description:
      'The certified IaaS and PaaS and what each disclosed in Form B, as JSON and CSV, with the events as Atom and the expiry dates as iCalendar. What each file and field holds.',
    lead: (date) =>
      `The information on this site is also published in machine-readable files. They hold the same information as the pages, as published on ${date}. They do not hold the documents attached as evidence or answers withheld until a later date. The files are in Japanese: field names of the JSON files are English, and answers.en.csv is answers.csv with an English header row.`,
    terms: 'Terms of use',
    licence: 'The files on this page may be used under',
    attribution: 'Credit the source as:',
    termsUnset: 'No terms of use have been set for the data yet. Before using it, ask',
    termsUnsetAsk: '.',
    files: 'Files',
    filesCaption: 'Files on offer',
    file: 'File',
    format: 'Format',
    about: 'What it holds',
    csvNote: {
      format:
        'The CSV files are UTF-8 with a byte order mark, so Excel opens them as they are, and every value is in double quotes. Line breaks in an answer stay inside the value.',
      formula: [
        'So that a spreadsheet does not run a value as a formula, a value that starts with = + - @, a tab or a carriage return (or their full-width forms) has one',
        'put before it: remove it when reading the file in a program (the JSON files are as written).',
      ],
      states: [
        'In the "Application content" column of the answers, an answer withheld until a later date is written',
        'and an optional item with no answer',
        ', so neither is confused with an answer of "none".',
      ],
    },
    englishCsv:
      "answers.en.csv has exactly the rows and values of answers.csv; only its header row is English. It is a separate file rather than a second header row in answers.csv, because CSV readers take the first row as the header and a second one would be read as data. Values stay as published, in Japanese; the English names of each Form B row are in form-b.json and in the data dictionary below (match them on No. and the row's description).",
    valuesNote:
      'The comparison values (values in the JSON, the "Value" column of the answers) are given by the secretariat for the rows where Form B defines a value, such as availability, notification times and third-party certifications: the numbers or choices written in the application content. Only numbers written in the answer itself are given; nothing is guessed. A duration\'s number is in minutes. An answer withheld until a later date has no value.',
    perService: 'Files for each service',
    perServiceLead:
      'Each service has its public information as JSON, its history as an Atom feed and its expiry date as iCalendar. The Excel (.xlsx) file of a service\'s Form B answers is made in the browser by "Save as Excel" on its Japanese page, from the JSON and form-b.json (the categories and rows of Form B).',
    perServiceCaption: 'JSON, feed and expiry date (iCalendar) of each service',
    json: 'JSON',
    feed: 'Feed',
    expiry: 'Expiry date',
    ended: '(certification ended)',
    jsonFields: 'Fields of the JSON files',
    jsonFieldsCaption: 'Fields of services.json and services/<certification number>.json',
    field: 'Field',
    where: 'File',
    answerStates:
      'An answer has a state of answered (its content is the application content), withheld (withheld until a later date; no content) or unanswered (not answered). Its row is the row id of the data dictionary below.',
    csvColumns: 'Columns of the CSV files',
    csvColumnsCaption: 'Columns of answers.csv and their names in answers.en.csv',
    japaneseColumn: 'answers.csv',
    englishColumn: 'answers.en.csv',
    dataCentreColumnNote: 'The data centre column is filled only on the rows of items disclosed for each data centre.',
    dictionary: 'Data dictionary (rows of Form B)',
    dictionaryLead: (version) =>
      `The rows of Form B (version ${version}). The row of the JSON files and each row of answers.csv refer to a row of this table.`,
    dictionaryCaption: 'Rows of Form B',
    rowId: 'Row id',
    kind: 'Form of answer',
    values: 'Comparison value',
  },
  match: {
    title: 'Find by requirements',
    description:
      'Find certified IaaS and PaaS that meet all your requirements: availability, notification times, backup, data-centre locations, third-party certifications and more.',
    lead: (count) =>
      `Choose the requirements you need. Of the ${count} ${count === 1 ? 'service' : 'services'} with a valid certification, those that meet all of them are listed first, then those that meet some. The values the secretariat gave from each application content are used; check the application content itself on each service's page.`,
    noScript:
      "This search needs JavaScript. Without it, the Japanese item pages list every service's answer to each item:",
    numbers: 'Numbers',
    numbersHint: 'Empty fields are not used. Write a duration with its unit, such as 30 minutes, 1 hour or 14 days.',
    atLeast: 'or more',
    atMost: 'or less',
    noLaterThan: 'or earlier',
    anyOf: 'any of those chosen',
    allOf: 'all of those chosen',
    practice: 'Measures taken (answered "Implemented")',
    places: 'Data-centre locations (in all of those chosen)',
    submit: 'Search with these requirements',
    clear: 'Clear all requirements',
    results: 'Results',
    asOf: (date) =>
      `Information as published on ${date}. An answer withheld until a later date, or not answered, is treated as "cannot be judged".`,
  },
  about: {
    navHeading: 'About the scheme',
    pages: [
      { href: '/en/about/', title: 'About the certification scheme' },
      { href: '/en/about/criteria/', title: 'Review criteria' },
      { href: '/en/about/procedures/', title: 'Procedures from application to revocation' },
      { href: '/en/about/fees/', title: 'Fees and contact' },
      { href: '/en/about/glossary/', title: 'Glossary' },
    ],
  },
};
