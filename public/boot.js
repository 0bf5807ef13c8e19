// Runs before first paint (a classic script in <head>; no inline script under the CSP).
// 1. Applies the reader's stored or linked theme, so a dark page never flashes light.
// 2. Shows the page's prerendered view (the overview, /present's title slide, /explore's table or
//    the data page) in the reader's language (linked, stored, else the browser's), or hides it
//    when this visit will not show it as prerendered (another route, filters or options in the
//    link, a deck opening on another slide, what-if targets on the deck's title slide, in the
//    workspace's table or above the data page, saved views beside the table); the app then
//    renders it.
;(() => {
  const root = document.documentElement
  const params = new URLSearchParams(window.location.search)
  const stored = (key) => {
    try {
      return JSON.parse(window.localStorage.getItem(key) || 'null')?.value
    } catch {
      return undefined
    }
  }
  const hasStored = (key) => (stored(key) || []).length > 0
  const unquote = (value) => (value || '').replace(/^"|"$/g, '')
  const theme = unquote(params.get('theme')) || stored('cp-kpi:theme')
  if (theme === 'dark' || theme === 'light') root.dataset.theme = theme
  const prefersChinese = (navigator.languages || []).some((l) => /^zh/i.test(l))
  const lang =
    unquote(params.get('lang')) || stored('cp-kpi:locale') || (prefersChinese ? 'zh-CN' : 'en')
  const linkOptions = [...params.keys()].filter((key) => !['theme', 'mock', 'lang'].includes(key))
  // The route this page holds prerendered (scripts/prerender.ts); none in the page for others.
  const route = root.dataset.prerenderedRoute
  const deck = unquote(params.get('deck'))
  // The link as built: no option, or on the deck only its theme and the first slide.
  const linkAsBuilt =
    route === '/present'
      ? linkOptions.every(
          (key) =>
            (key === 'deck' && (deck === 'projector-dark' || deck === 'projector-light')) ||
            (key === 'slide' && unquote(params.get('slide')) === '1'),
        )
      : linkOptions.length === 0
  // What stored on this device changes a view as built: what-if targets (named on the deck's
  // title slide, in the workspace's table, in a banner heading the data page) and saved views
  // (beside the workspace's table).
  const changedBy = {
    '/present': ['cp-kpi:target-overrides'],
    '/explore': ['cp-kpi:target-overrides', 'cp-kpi:saved-views'],
    '/data': ['cp-kpi:target-overrides'],
  }
  const asBuilt = linkAsBuilt && !(changedBy[route] || []).some((key) => hasStored(key))
  if (route === '/present' && asBuilt && deck) root.dataset.deck = deck
  if (window.location.pathname !== route || !asBuilt) {
    root.dataset.clientRender = ''
  } else if (lang === 'zh-CN' || lang === 'en') {
    root.dataset.lang = lang
    root.lang = lang
  } else {
    root.dataset.clientRender = ''
  }
  // Until the app takes over, the prerendered workspace's filters and buttons and the data page's
  // folded source text do nothing: a click would tick a box or open a fold the app's first render
  // then clears.
  document.addEventListener(
    'click',
    (event) => {
      if (
        event.target.closest?.(
          '#root[data-prerendered] .explore :is(input, button, label), [data-prerendered-route="/data"] #root[data-prerendered] summary',
        )
      ) {
        event.preventDefault()
      }
    },
    true,
  )
})()
