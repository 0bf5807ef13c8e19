/**
 * The conventions of src/i18n/GLOSSARY.md that a machine can check, for every Chinese string the
 * app shows: catalog messages (literal text, placeholders left out) and the Chinese fields of
 * data/. Each check returns what it found wrong, so a failing test names the passage.
 */
import { compileMessage } from '@lingui/message-utils/compileMessage'

/** Stands where a placeholder was: neither Chinese, nor Latin, nor punctuation. */
export const PLACEHOLDER = '\u2060'

/** The literal text of an ICU message: placeholders become PLACEHOLDER, branches are kept. */
export function literalText(message: string): string {
  const walk = (parts: unknown): string => {
    if (typeof parts === 'string') return parts
    if (!Array.isArray(parts)) return ''
    return parts
      .map((part) => {
        if (typeof part === 'string') return part
        if (!Array.isArray(part)) return ''
        const [, , options] = part as [unknown, unknown, unknown]
        if (!options || typeof options !== 'object') return PLACEHOLDER
        return Object.values(options)
          .map((branch) => PLACEHOLDER + walk(branch) + PLACEHOLDER)
          .join('')
      })
      .join('')
  }
  return walk(compileMessage(message))
}

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'

/** Leaders named in the release: in Chinese always with the title (习近平总书记). */
export const leaders: readonly { name: string; title: string }[] = [
  { name: '习近平', title: '总书记' },
  { name: '李克强', title: '总理' },
  { name: '汪洋', title: '副总理' },
]

/** Names and terms the glossary replaces, with what to write instead. */
export const replacedTerms: readonly { pattern: RegExp; write: string }[] = [
  { pattern: /十大事件/gu, write: '十大新闻' },
  { pattern: /中国邮政集团(?!公司)/gu, write: '中国邮政集团公司' },
  { pattern: /(?<!集团公司)(?<!中国邮政集团公司)集团党组/gu, write: '集团公司党组' },
  { pattern: /中邮人寿/gu, write: '中邮保险' },
  { pattern: /菜鸟(?!网络)/gu, write: '菜鸟网络' },
  { pattern: /复星(?!集团)/gu, write: '复星集团' },
  { pattern: /部局/gu, write: '交通运输部、国家邮政局' },
  { pattern: /有据汇率|有据可查的汇率/gu, write: '参考汇率' },
  { pattern: /参考事实/gu, write: '参考数据' },
  { pattern: /小了[\d\u2060]*倍/gu, write: '仅为应有数额的约1/N' },
  { pattern: /参与人次/gu, write: '人 (人次 counts visits)' },
]

/**
 * Latin words a Chinese page may show: currency and file-format codes, and the keys the deck's
 * controls name (F, B, P, S are single letters and never match). Anything else in Latin letters
 * must be inside a marked quote: “…” or 《…》 with no Chinese in it (the release's own English).
 */
export const allowedLatin: ReadonlySet<string> = new Set([
  'CNY',
  'USD',
  'HTTP',
  'JSON',
  'CSV',
  'PNG',
  'PDF',
  'PowerPoint',
  // The search box's example: a reader may search the English quotes for a name.
  'Xi',
])

/** “…” or 《…》 holding the release's own English (Latin letters and no Chinese). */
const englishQuote = new RegExp(`“[^“”${HAN}]*[A-Za-z][^“”${HAN}]*”|《[^《》${HAN}]*》`, 'gu')

/** Every problem found in one Chinese string (its literal text, for a catalog message). */
export function chineseStyleProblems(text: string): string[] {
  const problems: string[] = []
  // 100亿元, 72.5亿美元: never ¥100亿, US$72.5亿, nor a sign in front of an amount placeholder.
  for (const m of text.matchAll(/(US\$|\$|¥|￥)\s*([\d.,]+\s*[万亿]|\u2060)/gu)) {
    problems.push(`currency sign before an amount: “${m[0]}”`)
  }
  for (const { pattern, write } of replacedTerms) {
    for (const m of text.matchAll(pattern)) problems.push(`“${m[0]}”: write ${write}`)
  }
  for (const { name, title } of leaders) {
    for (const m of text.matchAll(new RegExp(`${name}(?!${title})`, 'gu'))) {
      problems.push(`${name} without ${title} at ${m.index}`)
    }
  }
  // Full-width punctuation in Chinese text: no ASCII , : ; ? ! ( ) touching a Chinese character.
  for (const m of text.matchAll(new RegExp(`[${HAN}][,:;?!()]|[,:;?!()][${HAN}]`, 'gu'))) {
    problems.push(`ASCII punctuation beside Chinese: “${m[0]}”`)
  }
  // 2017年3月4日至11月10日: a range does not repeat its year.
  for (const m of text.matchAll(/(\d{4})年[^至—–~～。；]{0,8}[至—–~～]\s*\1年/gu)) {
    problems.push(`range repeats its year: “${m[0]}”`)
  }
  const unquoted = text.replace(englishQuote, '')
  for (const word of unquoted.match(/[A-Za-z]{2,}/g) ?? []) {
    if (!allowedLatin.has(word)) problems.push(`English outside a marked quote: “${word}”`)
  }
  return problems
}

/** Every Chinese value in a data/ document, with where it is: `[3].summary.zh-CN`. */
export function chineseFields(value: unknown, path = ''): [path: string, text: string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => chineseFields(v, `${path}[${i}]`))
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'zh-CN' && typeof v === 'string'
      ? [[`${path}.${key}`, v] as [string, string]]
      : chineseFields(v, `${path}.${key}`),
  )
}
