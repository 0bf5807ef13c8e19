import { i18n } from '@lingui/core'
import { I18nProvider } from '@lingui/react'
import { render } from '@testing-library/react'
import { PeriodText } from '@/components/period-text'

// A narrow table cell may wrap a range after its separator and nowhere else (tests/e2e/tables.e2e.ts
// checks the overview's table fits 1280 px because of it). English ranges put the dash between thin
// spaces, as Intl's formatRange does; a split that looked only for plain spaces kept the whole range
// on one line and pushed the table wider than a laptop.
describe('PeriodText', () => {
  it('lets an English range wrap after its dash, and nowhere else', () => {
    const { container } = render(
      <I18nProvider i18n={i18n}>
        <PeriodText period={{ start: '2017-11-08', end: '2017-12-31' }} />
      </I18nProvider>,
    )
    const parts = [...container.querySelectorAll('.nowrap')].map((el) => el.textContent)
    expect(parts).toEqual(['Nov 8\u2009–\u2009', 'Dec 31, 2017'])
    expect(container.querySelector('wbr')).not.toBeNull()
  })

  it('keeps a single date whole', () => {
    const { container } = render(
      <I18nProvider i18n={i18n}>
        <PeriodText period={{ start: '2017-11-08' }} />
      </I18nProvider>,
    )
    expect([...container.querySelectorAll('.nowrap')].map((el) => el.textContent)).toEqual([
      'Nov 8, 2017',
    ])
  })
})
