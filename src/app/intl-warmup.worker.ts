/// <reference lib="webworker" />
/**
 * Makes one of each Intl formatter the app uses, off the page's thread. Chromium's first Intl
 * object of a kind lists every locale it has data for (20–150 ms, and once per process, not per
 * thread): done here, the page's first render formats its figures without that wait (entry.ts).
 */
for (const locale of ['en', 'zh-CN']) {
  new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(1e6)
  new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(0)
  new Intl.PluralRules(locale).select(1)
  new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }).compare('a', 'b')
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(['a', 'b'])
}
new Intl.Segmenter(undefined, { granularity: 'word' }).segment('a b')
postMessage('done')
