/**
 * A target's own words, for the headline cards, the deck's figures and the metric drawer. Apart
 * from target-phrases.ts so the first screen loads these lines and not the deck's sentences.
 */
import { i18n } from '@lingui/core'
import type { TargetKind, TargetProvenance } from '@/domain/schema'

/** What a target's words depend on. */
export interface TargetWordsOf {
  kind: TargetKind
  provenance: TargetProvenance
}

/** As a headline card or figure titles it: "Target 500,000", "Goal: …", "Illustrative reference 500,000". */
export function targetHeadline(target: TargetWordsOf, value: string): string {
  return i18n._('target.headline', { ...target, value })
}
