/**
 * A target with its kind of goal, beside its provenance in the metric drawer: "at least 500,000",
 * "at most 3 years". In its own file as its words are in the explore catalog part.
 */
import { i18n } from '@lingui/core'
import type { TargetWordsOf } from './target-words'

export function targetWithKind(target: TargetWordsOf, value: string): string {
  // An ICU select key takes no hyphen: stay-above is "stayabove" in the catalogs.
  return i18n._('target.kind', { kind: target.kind.replace('-', ''), value })
}
