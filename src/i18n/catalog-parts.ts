/**
 * Each language's catalog is split into parts, src/locales/<locale>/<part>.json, compiled into one
 * chunk each and loaded with the code that shows them, so the first screen downloads only its own
 * messages. An id belongs to the part of the chunk whose code names it:
 * - core: the app shell and the overview's first screen (and anything the entry chunk names);
 * - charts: the overview's lazy panels (charts, event cards, metric list, event detail);
 * - explore, present, data: those routes;
 * - shared: code that more than one lazy part runs (PNG and CSV export, data-quality findings,
 *   chart building blocks the deck reuses) and ids several lazy parts name.
 * tests/unit/catalogs.test.ts checks every id is loaded before the code that names it runs.
 */
export const catalogParts = ['core', 'charts', 'explore', 'present', 'data', 'shared'] as const

export type CatalogPart = (typeof catalogParts)[number]
