/// <reference lib="webworker" />
/**
 * Makes one of each Intl formatter the app uses, off the page's thread. Chromium's first Intl
 * object of a kind lists every locale it has data for (20–150 ms, and once per process, not per
 * thread): done here, the page's first render formats its figures without that wait (entry.ts).
 * The lists serve every language; a language's own data is then quick to load.
 */
new Intl.NumberFormat('en').format(1)
new Intl.DateTimeFormat('en').format(0)
new Intl.Collator('en').compare('a', 'b')
new Intl.ListFormat('en').format(['a'])
new Intl.Segmenter('en')
postMessage(0)
