import { useLocale } from '@/i18n/locale'
import { formatPeriod } from '@/lib/format'

/**
 * A date or period for a narrow table cell: a range may wrap after its separator ("Jan 1 –" /
 * "Nov 8, 2017"; 2017年1月1日至 / 11月8日) and nowhere else, so no date is cut mid-word.
 */
export function PeriodText({ period }: { period: { start: string; end?: string } }) {
  const locale = useLocale()
  const text = formatPeriod(period, locale)
  // \s: an English range's dash sits between thin spaces (U+2009), as Intl's formatRange writes it.
  const split = /^(.+?(?:\s–\s|至|—))(.+)$/.exec(text)
  if (!split) return <span className="nowrap">{text}</span>
  return (
    <>
      <span className="nowrap">{split[1]}</span>
      <wbr />
      <span className="nowrap">{split[2]}</span>
    </>
  )
}
