import * as z from 'zod/mini'
import { filterSearch } from '@/lib/search-params'
import { pickValid, type SearchShape } from '@/lib/url-state'

/** Projector themes of presentation mode: high contrast on a dark or a light screen. */
export const deckThemes = ['projector-dark', 'projector-light'] as const

/** The floor of ?auto= in seconds: no slide ever shows for less (the player holds it too). */
export const MIN_AUTO_SECONDS = 5

/**
 * Presentation mode: the slide on screen, auto-advance every `auto` seconds, the projector theme,
 * and which window this is (the audience's, or the presenter's with notes).
 */
export const presentSearch = {
  slide: z.int().check(z.gte(1)),
  auto: z.int().check(z.gte(MIN_AUTO_SECONDS), z.lte(3600)),
  deck: z.enum(deckThemes),
  view: z.enum(['presenter']),
} satisfies SearchShape

export const validatePresentSearch = (raw: Record<string, unknown>) =>
  pickValid({ ...filterSearch, ...presentSearch }, raw)
