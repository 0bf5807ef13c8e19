import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import type { TargetKind, TargetProvenance } from '@/domain/schema'
import { targetWithKind } from '@/i18n/target-kind'
import { targetHeadline } from '@/i18n/target-words'
import { zh } from '../../src/locales/all'

i18n.load('zh-CN', { ...zh })
afterAll(() => i18n.activate('en'))

const cases: [TargetKind, TargetProvenance, string, string, string, string][] = [
  ['reach', 'illustrative', 'Illustrative reference 9', 'at least 9', '示意参照9', '不低于9'],
  ['reach', 'stated', 'Target 9', 'at least 9', '目标9', '不低于9'],
  ['stay-above', 'derived', 'Target 9', 'more than 9', '目标9', '高于9'],
  ['stay-below', 'stated', 'Target 9', 'at most 9', '目标9', '不高于9'],
  ['deadline', 'derived', 'Target 9', 'within 9', '目标9', '9内'],
  ['qualitative', 'stated', 'Goal: 9', '9', '目标：9', '9'],
]

describe('a target in words (the headline card and the metric drawer)', () => {
  it.each(cases)('%s, %s', (kind, provenance, headline, kindEn, headlineZh, kindZh) => {
    i18n.activate('en')
    expect(targetHeadline({ kind, provenance }, '9')).toBe(headline)
    expect(targetWithKind({ kind, provenance }, '9')).toBe(kindEn)
    i18n.activate('zh-CN')
    expect(targetHeadline({ kind, provenance }, '9')).toBe(headlineZh)
    expect(targetWithKind({ kind, provenance }, '9')).toBe(kindZh)
  })
})
