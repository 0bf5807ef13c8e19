/**
 * Prerenders the overview into dist/index.html with the bundled dataset, in English and in
 * Chinese, so the headline figures and every chart paint before any script runs; the boot script
 * shows the reader's language and the app then takes over. Runs after `vite build`.
 *
 * The charts are the app's own components: recharts draws its SVG only after its effects run,
 * which a render to a string never does, so the chart grid is rendered in a DOM (jsdom) at fixed
 * widths (a wide drawing for laptop and desktop cards, a narrow one for phones; CSS shows the one
 * that fits) and set into the page where the charts go.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { JSDOM, VirtualConsole } from 'jsdom'
import { build } from 'vite'
import { textWidth } from '../src/components/charts/value-axis'
import { qualityFindings } from '../src/domain/quality'
import { loadDataset, newestKey } from './load-data'
import { prerenderedPages, redirectRules } from './prerendered-pages'
import { bootScript, metaContentSecurityPolicy } from './security-headers'

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = join(root, 'node_modules', '.cache', 'prerender')
const ROUTE = '/'
const PRESENT_ROUTE = '/present'
const EXPLORE_ROUTE = '/explore'
const DATA_ROUTE = '/data'
const LOCALES = ['en', 'zh-CN'] as const
/**
 * Plot widths of the static drawings, in px: a half-width card and the full-width card on a
 * 1920-px screen (the main column's widest), and a card on a 412-px phone.
 */
const WIDE = { card: 716, fullCard: 1494 }
const NARROW = 354

// The overview a visit without ?year= opens: the newest dataset.
const loaded = loadDataset(newestKey())
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate:data')

// The DOM the charts draw in; set up before the app's code loads, as a browser would be. The
// router's Node build renders as a server (no effects, no store subscriptions) unless NODE_ENV
// is "test", as when the app renders in jsdom under test: the same holds here.
process.env.NODE_ENV = 'test'
// jsdom's errors are reported, but not its notes on what it does not implement (scrolling).
const virtualConsole = new VirtualConsole().on('jsdomError', (error) => {
  if (!error.message.startsWith('Not implemented')) console.error(error)
})
const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  url: 'http://localhost/',
  pretendToBeVisual: true,
  virtualConsole,
})

for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (key in globalThis) continue
  Object.defineProperty(globalThis, key, {
    configurable: true,
    get: () => (dom.window as unknown as Record<string, unknown>)[key],
  })
}
// jsdom lays nothing out. Text measures as the app's own estimate does (`textWidth`), so axes
// that size themselves to their labels (recharts' width "auto") make room for them.
function fontSize(element: Element): number {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const size = e.getAttribute('font-size') ?? (e as HTMLElement).style?.fontSize
    if (size) return Number.parseFloat(size)
  }
  return 16
}
dom.window.Element.prototype.getBoundingClientRect = function (this: Element) {
  const lines = this.querySelectorAll('tspan').length
    ? [...this.querySelectorAll('tspan')].map((t) => t.textContent ?? '')
    : [this.textContent ?? '']
  const size = fontSize(this)
  const width = Math.max(0, ...lines.map((line) => (line ? textWidth(line, size) : 0)))
  const height = width > 0 ? lines.length * size * 1.2 : 0
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: width,
    bottom: height,
    width,
    height,
    toJSON: () => ({}),
  }
}

await build({
  root,
  configFile: join(root, 'vite.config.ts'),
  mode: 'prerender',
  logLevel: 'warn',
  build: {
    ssr: 'src/app/prerender.tsx',
    outDir,
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: false, entryFileNames: 'prerender.mjs' } },
  },
})

type Locale = (typeof LOCALES)[number]
const { prerender, drawCharts, documentTitle } = (await import(
  pathToFileURL(join(outDir, 'prerender.mjs')).href
)) as {
  prerender: (url: string, data: unknown, locale: Locale, charts?: string) => Promise<string>
  drawCharts: (data: unknown, locale: Locale, width: number) => Promise<string>
  documentTitle: (data: unknown, locale: Locale) => Promise<string>
}
const data = { dataset: loaded.dataset, findings: qualityFindings(loaded.dataset) }

/** Gives every id in `element` (and every reference to one) a prefix, so copies never clash. */
function prefixIds(element: Element, prefix: string) {
  const ids = new Set([...element.querySelectorAll('[id]')].map((e) => e.id))
  const renamed = (id: string) => (ids.has(id) ? `${prefix}${id}` : id)
  for (const e of element.querySelectorAll('*')) {
    for (const attr of [...e.attributes]) {
      const { name, value } = attr
      if (name === 'id') e.id = renamed(value)
      else if (['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'].includes(name)) {
        e.setAttribute(name, value.split(/\s+/).map(renamed).join(' '))
      } else if (value.includes('url(#') || (name === 'href' && value.startsWith('#'))) {
        e.setAttribute(
          name,
          value.replace(/#([^)\s"']+)/g, (_, id: string) => `#${renamed(id)}`),
        )
      }
    }
  }
}

/**
 * A drawing as small as it draws the same: coordinates to 0.1 px (names untouched), no empty
 * tooltip layer or empty title, and none of the box attributes recharts copies onto every grid line.
 */
function compact(plot: Element) {
  for (const e of plot.querySelectorAll('.recharts-tooltip-wrapper, title:empty, desc:empty')) {
    e.remove()
  }
  for (const line of plot.querySelectorAll('line')) {
    for (const name of ['x', 'y', 'width', 'height']) line.removeAttribute(name)
  }
  // recharts' containers hold the size it drew at: each drawing fills its box instead.
  const containers =
    '.recharts-responsive-container, .recharts-responsive-container > div, .recharts-wrapper'
  for (const div of plot.querySelectorAll(containers))
    div.setAttribute('style', 'width:100%;height:100%')
  for (const e of plot.querySelectorAll('*')) {
    // recharts' own classes and its non-SVG attributes style nothing here.
    const classes = e
      .getAttribute('class')
      ?.split(' ')
      .filter((c) => !c.startsWith('recharts-'))
    if (classes?.length) e.setAttribute('class', classes.join(' '))
    else e.removeAttribute('class')
    for (const name of ['orientation', 'angle']) e.removeAttribute(name)
    if (e.getAttribute('tabindex') === '-1' && e.tagName === 'g') {
      e.removeAttribute('tabindex')
      e.removeAttribute('style')
    }
    for (const attr of [...e.attributes]) {
      // Coordinates only: a mark's name ("USD 7.25 billion") is read out as it is.
      if (attr.name.startsWith('aria-')) continue
      if (/\d\.\d{2}/.test(attr.value)) {
        attr.value = attr.value.replace(/-?\d+\.\d{2,}/g, (n) =>
          String(Math.round(Number(n) * 10) / 10),
        )
      }
    }
  }
}

/**
 * The chart grid with each plot as its two static drawings: the wide grid's cards, each plot
 * holding the wide drawing and the narrow one (the same plot of the narrow grid).
 */
async function staticCharts(locale: Locale): Promise<string> {
  const parse = (html: string) => {
    const holder = dom.window.document.createElement('div')
    holder.innerHTML = html
    return holder
  }
  const card = parse(await drawCharts(data, locale, WIDE.card))
  const full = parse(await drawCharts(data, locale, WIDE.fullCard))
  const narrow = parse(await drawCharts(data, locale, NARROW))
  const cards = [...card.querySelectorAll('.chart-card')]
  cards.forEach((element, i) => {
    const wide = (element.classList.contains('chart-card-wide') ? full : card).querySelectorAll(
      '.chart-card',
    )[i]
    const small = narrow.querySelectorAll('.chart-card')[i]
    const plot = element.querySelector('.chart-plot')
    const widePlot = wide?.querySelector('.chart-plot')
    const smallPlot = small?.querySelector('.chart-plot')
    if (!plot || !widePlot || !smallPlot) throw new Error(`Chart ${i + 1} has no plot to draw`)
    prefixIds(smallPlot, 'n-')
    compact(widePlot)
    compact(smallPlot)
    plot.innerHTML =
      `<div class="static-plot static-plot-wide">${widePlot.innerHTML}</div>` +
      `<div class="static-plot static-plot-narrow">${smallPlot.innerHTML}</div>`
  })
  const grid = card.firstElementChild
  if (!grid) throw new Error('No chart grid drawn')
  // Static: nothing in it may be mistaken for the live app's elements (ids of React's useId).
  prefixIds(grid, `s${locale === 'en' ? '' : '-zh'}-`)
  for (const svg of grid.querySelectorAll('svg[width][height]')) {
    // Each drawing fills its box; a box of another width scales it (text and all).
    if (!svg.getAttribute('viewBox')) {
      svg.setAttribute('viewBox', `0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`)
    }
  }
  return grid.outerHTML
}

const pages = new Map<Locale, string>()
for (const locale of LOCALES) {
  const started = performance.now()
  const charts = await staticCharts(locale)
  let page = await prerender(ROUTE, data, locale, charts)
  // A component that throws on the server leaves its Suspense boundary to the client, with the
  // error and a stack of this machine's paths written into the page: fail instead.
  const failed = page.match(/<template data-msg="([^"]*)"/)
  if (failed) throw new Error(`The ${locale} page left a part to the client: ${failed[1]}`)
  if (locale !== 'en') {
    // Both languages share one document: the second one's ids (and references) get a prefix.
    const holder = dom.window.document.createElement('div')
    holder.innerHTML = page
    prefixIds(holder, `${locale}-`)
    page = holder.innerHTML
  }
  pages.set(locale, page)
  console.log(`Prerendered ${locale} in ${Math.round(performance.now() - started)} ms`)
}

/** The deck's themes and the stage's two turns (use-stage-scale.ts); CSS shows the copy that fits. */
const DECK_THEMES = ['projector-dark', 'projector-light'] as const
const TURNS = ['landscape', 'portrait'] as const

/**
 * /present as it opens, its title slide on the stage, once per theme and turn: the app picks those
 * from the link and the window, which the build cannot know, so every copy is there and CSS shows
 * the one the screen and boot.js call for. The stage's scale is left to CSS (stage.css), as the
 * window's size is not known either.
 */
async function prerenderedDeck(locale: Locale): Promise<string> {
  const page = await prerender(PRESENT_ROUTE, data, locale)
  const failed = page.match(/<template data-msg="([^"]*)"/)
  if (failed) throw new Error(`The ${locale} deck left a part to the client: ${failed[1]}`)
  const copies: string[] = []
  for (const theme of DECK_THEMES) {
    copies.push(`<div data-prerender-deck="${theme}">`)
    for (const turn of TURNS) {
      const holder = dom.window.document.createElement('div')
      holder.innerHTML = page
      const deck = holder.querySelector<HTMLElement>('main.present')
      if (!deck?.querySelector('.slide-title.is-current')) {
        throw new Error(`The ${locale} deck has no title slide on its stage`)
      }
      deck.dataset.deck = theme
      deck.dataset.orientation = turn
      // A string edit: jsdom's style object drops custom properties it reads.
      const style = deck.getAttribute('style') ?? ''
      deck.setAttribute('style', style.replace(/;?--stage-scale:[^;]*/, ''))
      prefixIds(holder, `d-${locale}-${theme}-${turn}-`)
      copies.push(`<div data-prerender-turn="${turn}">${holder.innerHTML}</div>`)
    }
    copies.push('</div>')
  }
  return copies.join('')
}

/**
 * A view as it opens (nothing in the link, nothing stored that changes it), as a page of its own:
 * `rowsOf` names what the view must hold in full ("metrics" on /explore); a view short of it fails
 * the build. Its ids get the prefix `prefix`, and each language's radio buttons are a group of
 * their own (one box checked in each): nothing in it may be mistaken for the live app's elements.
 */
async function prerenderedView(
  route: string,
  locale: Locale,
  prefix: string,
  rowsOf: { selector: string; expected: number; what: string },
): Promise<string> {
  const page = await prerender(route, data, locale)
  const failed = page.match(/<template data-msg="([^"]*)"/)
  if (failed) throw new Error(`The ${locale} ${route} left a part to the client: ${failed[1]}`)
  const holder = dom.window.document.createElement('div')
  holder.innerHTML = page
  const rows = holder.querySelectorAll(rowsOf.selector).length
  if (rows !== rowsOf.expected) {
    throw new Error(`The ${locale} ${route} shows ${rows} of ${rowsOf.expected} ${rowsOf.what}`)
  }
  prefixIds(holder, `${prefix}-${locale}-`)
  for (const radio of holder.querySelectorAll<HTMLInputElement>('input[type="radio"][name]')) {
    radio.name = `${prefix}-${locale}-${radio.name}`
  }
  return holder.innerHTML
}

/**
 * /explore as it opens (no filters, sort, search or metric in the link): the table of every
 * metric beside the filters. The cells a narrower screen folds in are all there; CSS shows those
 * that fit (table.css), as it does for the app.
 */
const prerenderedExplore = (locale: Locale) =>
  prerenderedView(EXPLORE_ROUTE, locale, 'x', {
    selector: '.explore-table tbody tr',
    expected: data.dataset.metrics.length,
    what: 'metrics',
  })

/** /data as it opens: the source, every finding of the data-quality rules, targets and quotes. */
const prerenderedData = (locale: Locale) =>
  prerenderedView(DATA_ROUTE, locale, 'q', {
    selector: '.finding-card',
    expected: data.findings.length,
    what: 'findings',
  })

const dist = process.env.PRERENDER_OUT_DIR ?? join(root, 'dist')
const indexFile = join(dist, 'index.html')
const built = readFileSync(indexFile, 'utf8')
const placeholder = '<div id="root"></div>'
if (!built.includes(placeholder)) throw new Error('dist/index.html has no empty #root to fill')

// First paint waits on no other request: the boot script (allowed by its hash in the CSP), the
// main stylesheet and the charts' styles (which the app's code would otherwise bring) go inline.
const inlineStyle = (css: string) => `<style>${css.replaceAll('</style', '<\\/style')}</style>`
/** The one stylesheet of the build that holds `selector`, inline, and a disabled link to its file. */
function stylesheetWith(selector: string, what: string): string {
  const files = readdirSync(join(dist, 'assets')).filter(
    (file) =>
      file.endsWith('.css') && readFileSync(join(dist, 'assets', file), 'utf8').includes(selector),
  )
  if (files.length !== 1) throw new Error(`Expected one stylesheet with the ${what}’ styles`)
  // The app's code loads that stylesheet again unless the page already links it: a disabled link
  // (never fetched, never applied) tells Vite's loader it is there. Loaded, it cost a request
  // before the app could start and a style pass over the whole prerendered page.
  return (
    inlineStyle(readFileSync(join(dist, 'assets', files[0] as string), 'utf8')) +
    `<link rel="stylesheet" href="/assets/${files[0]}" disabled>`
  )
}
const chartStyles = stylesheetWith('.chart-grid', 'charts')
const deckStyles = stylesheetWith('.present-stage', 'deck')
const exploreStyles = stylesheetWith('.explore-table', 'workspace')
/** The page with its boot script and stylesheet inline, and `styles` (the view's own) after it. */
function inlined(html: string, styles = chartStyles): string {
  let page = html.replace('<script src="/boot.js"></script>', `<script>${bootScript}</script>`)
  page = page.replace(
    /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/,
    (_, file) => inlineStyle(readFileSync(join(dist, file), 'utf8')) + styles,
  )
  // Where the host cannot send a Content-Security-Policy header, the page can carry it.
  if (process.env.CSP_META === '1') {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}">`
    page = page.replace(/<meta charset="[^"]*"\s*\/?>/i, (charset) => `${charset}\n    ${meta}`)
    if (!page.includes(meta)) throw new Error('dist/index.html has no <meta charset> to follow')
  }
  return page
}

// The title names the dataset's organisation and period, as the app's own does once it runs.
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
const titled = (html: string, title: string) =>
  html.replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)

// Every other route starts from the empty page (the host serves it for unknown paths; see README,
// Deploy): a phone would otherwise parse and lay out both languages' overview, charts and all,
// only for the app to replace it. Without scripts it points to the overview, which reads without.
const noScript =
  '<noscript><div style="padding:1rem"><p lang="en">This view needs JavaScript. <a href="/">The overview</a> reads without it.</p>' +
  '<p lang="zh-CN">此视图需要 JavaScript。<a href="/?lang=zh-CN">总览</a>无需脚本即可阅读。</p></div></noscript>'
// Netlify's and Cloudflare Pages' rules for them: a file that exists (`/` is index.html) comes
// first, then the first rule that matches.
writeFileSync(join(dist, '_redirects'), redirectRules)
writeFileSync(
  join(dist, 'app.html'),
  inlined(titled(built, await documentTitle(data, 'en'))).replace(
    placeholder,
    `${placeholder}${noScript}`,
  ),
)

/** The page holding `route` prerendered: boot.js shows it only on that route (see README, Deploy). */
const holding = (html: string, route: string) => {
  if (!html.includes('<html lang="en">')) throw new Error('dist/index.html has no <html lang="en">')
  return html.replace('<html lang="en">', `<html lang="en" data-prerendered-route="${route}">`)
}

/** One language's copy of a prerendered view; boot.js shows the reader's. */
const languageCopy = (locale: string, html: string) =>
  `<div data-prerender-lang="${locale}" lang="${locale}">${html}</div>`

/**
 * The routes whose view, while its data is late, keeps showing the page's sections (its loading
 * state renders `PrerenderedContent`): the page tells the app so (`data-keep-while-loading`).
 */
const KEPT_WHILE_LOADING = new Set([ROUTE, DATA_ROUTE])

/** The page holding `route` prerendered in every language (`copies`), titled as the app titles it. */
const routePage = async (route: string, copies: string[], styles?: string) =>
  inlined(
    titled(
      holding(built, route).replace(
        placeholder,
        `<div id="root" data-prerendered="${route}"${KEPT_WHILE_LOADING.has(route) ? ' data-keep-while-loading' : ''}>${copies.join('')}</div>`,
      ),
      await documentTitle(data, 'en'),
    ),
    styles,
  )

// /present paints its title slide with the HTML, in both languages, every theme and turn. Without
// scripts the deck's controls would do nothing: they are left out.
const deckCopies: string[] = []
// One language at a time: the active catalog is the app's one global.
for (const locale of LOCALES) deckCopies.push(languageCopy(locale, await prerenderedDeck(locale)))
writeFileSync(
  join(dist, prerenderedPages[PRESENT_ROUTE]),
  (await routePage(PRESENT_ROUTE, deckCopies, chartStyles + deckStyles)).replace(
    '</head>',
    '<noscript><style>.present-top{display:none}</style></noscript></head>',
  ),
)

// /explore paints its table with the HTML, in both languages.
const workspaces: string[] = []
for (const locale of LOCALES)
  workspaces.push(languageCopy(locale, await prerenderedExplore(locale)))
writeFileSync(
  join(dist, prerenderedPages[EXPLORE_ROUTE]),
  await routePage(EXPLORE_ROUTE, workspaces, chartStyles + exploreStyles),
)

// /data paints the source, its findings, targets and quotes with the HTML, in both languages.
const dataPages: string[] = []
for (const locale of LOCALES) dataPages.push(languageCopy(locale, await prerenderedData(locale)))
writeFileSync(join(dist, prerenderedPages[DATA_ROUTE]), await routePage(DATA_ROUTE, dataPages))

// Both languages; the boot script shows the reader's (CSS shows English until it has run).
const index = await routePage(
  ROUTE,
  LOCALES.map((locale) => languageCopy(locale, pages.get(locale) ?? '')),
)
writeFileSync(indexFile, index)
// The same page with Chinese shown before any script: served for `/?lang=zh-CN` (vite preview
// does; see README, Deploy), so a reader without scripts gets the Chinese figures too.
const chinese = titled(
  index.replace('<html lang="en" ', '<html lang="zh-CN" data-lang="zh-CN" '),
  await documentTitle(data, 'zh-CN'),
)
writeFileSync(join(dist, 'index.zh-CN.html'), chinese)
rmSync(outDir, { recursive: true, force: true })
dom.window.close()
console.log(
  `Prerendered ${ROUTE} into dist/index.html in ${LOCALES.join(' and ')}, every chart drawn ` +
    `(${LOCALES.map((l) => `${l} ${Math.round((pages.get(l)?.length ?? 0) / 1024)} KB`).join(', ')} of HTML), ` +
    `${PRESENT_ROUTE}'s title slide into dist/present.html (${Math.round(deckCopies.join('').length / 1024)} KB), ` +
    `${EXPLORE_ROUTE} into dist/explore.html (${Math.round(workspaces.join('').length / 1024)} KB), ` +
    `and ${DATA_ROUTE} into dist/data.html (${Math.round(dataPages.join('').length / 1024)} KB).`,
)
// The app's timers (the query cache's clean-up) would keep Node waiting for minutes.
process.exit(0)
