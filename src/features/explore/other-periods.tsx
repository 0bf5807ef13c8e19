import { yearParam } from '@/api/dataset-key'
import type { OtherPeriodFigure } from '@/domain/comparison'
import { type CurrencyChoice, cnyPerUsd } from '@/domain/currency'
import type { Locale } from '@/domain/locale'
import { useLanguage } from '@/i18n/locale'
import { slot, withElements } from '@/i18n/rich-text'
import { displayMetricValue } from '@/lib/display'
import { formatPeriod, formatRate } from '@/lib/format'
import { Link } from '@/lib/router/react'

/** The other period's figure, converted (if asked) at its own dataset's rate. */
function figureText(
  { dataset, metric }: OtherPeriodFigure,
  currency: CurrencyChoice,
  locale: Locale,
) {
  const rate = cnyPerUsd(dataset)
  const value = displayMetricValue(metric, currency, rate, locale)
  return {
    period: formatPeriod(metric.period, locale),
    value: value.text,
    rate: value.converted ? rate : undefined,
  }
}

interface OtherPeriodsProps {
  figures: readonly OtherPeriodFigure[]
  currency: CurrencyChoice
}

/** Under a table value: the same figure in other periods, one short line each. */
export function OtherPeriodLines({ figures, currency }: OtherPeriodsProps) {
  const [_, locale] = useLanguage()
  return figures.map((figure) => (
    <span key={figure.key} className="cell-sub" title={figure.dataset.edition[locale]}>
      {_('chart.otherPeriod.value', figureText(figure, currency, locale))}
    </span>
  ))
}

/** The drawer's section: each comparable figure with its dataset, linked to it there. */
export function OtherPeriodsSection({ figures, currency }: OtherPeriodsProps) {
  const [_, locale] = useLanguage()
  return (
    <section aria-labelledby="drawer-other-periods">
      <h3 id="drawer-other-periods">{_('explore.drawer.otherPeriods')}</h3>
      <p className="muted small">{_('explore.drawer.otherPeriodsNote')}</p>
      <ul className="related-list other-periods">
        {figures.map((figure) => {
          const { period, value, rate } = figureText(figure, currency, locale)
          return (
            <li key={figure.key}>
              {withElements(
                _('explore.drawer.otherPeriod', { period, value, dataset: slot('dataset') }),
                {
                  dataset: (
                    <Link
                      to="/explore"
                      search={({ events: _events, ...prev }) => ({
                        ...prev,
                        year: yearParam(figure.key),
                        metric: figure.metric.id,
                      })}
                    >
                      {figure.dataset.edition[locale]}
                    </Link>
                  ),
                },
              )}
              {rate !== undefined && (
                <span className="muted">
                  {' '}
                  {_('explore.drawer.convertedAt', { rate: formatRate(rate, locale) })}
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
