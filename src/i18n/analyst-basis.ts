import type { Locale } from '@/domain/locale'
import type { Target } from '@/domain/schema'
import type { TargetOverride } from '@/domain/target-overrides'
import { displayTargetValue } from '@/lib/display'
import { formatDate } from '@/lib/format'

/** "Nov 8, 2026" / 2026年11月8日 from the edit's timestamp; nothing when it is not a date. */
function setOn(setAt: string | undefined, locale: Locale): string | undefined {
  const day = setAt?.slice(0, 10)
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) return undefined
  return formatDate(day, locale)
}

/**
 * The basis of an analyst's what-if target in both languages: when it was set and what it
 * replaces, numbers and dates formatted like the rest of the page.
 */
export function analystBasis(original: Target | undefined, o: TargetOverride): Target['basis'] {
  const onEn = setOn(o.setAt, 'en')
  const onZh = setOn(o.setAt, 'zh-CN')
  const en = onEn ? `Set by an analyst on ${onEn}.` : 'Set by an analyst.'
  const zh = onZh ? `分析人员于${onZh}设定。` : '分析人员设定。'
  return {
    en: `${en} ${
      original
        ? `Replaces the ${original.provenance} target of ${displayTargetValue(original, undefined, undefined, 'en')}.`
        : 'The dataset has no target for this metric.'
    }`,
    'zh-CN': `${zh}${
      original
        ? `替换原“${displayTargetValue(original, undefined, undefined, 'zh-CN')}”的目标。`
        : '数据集中该指标无目标。'
    }`,
  }
}
