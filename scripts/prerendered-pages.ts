/**
 * The routes the build prerenders into a page of their own (scripts/prerender.ts), by route: the
 * host serves that page for the route (`dist/_redirects`, `vite preview`, the README's nginx
 * block); `/` is index.html and every other path app.html.
 */
export const prerenderedPages = {
  '/present': 'present.html',
  '/explore': 'explore.html',
  '/data': 'data.html',
} as const

/** The rules for hosts that read `_redirects` (Netlify, Cloudflare Pages): the first match wins. */
export const redirectRules = `${Object.entries(prerenderedPages)
  .map(([route, page]) => `${route} /${page} 200\n`)
  .join('')}/* /app.html 200\n`
