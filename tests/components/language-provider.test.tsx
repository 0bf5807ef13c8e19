import { i18n } from '@lingui/core'
import { useLingui } from '@lingui/react'
import { act, render, screen } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { LanguageProvider } from '../../src/i18n/language-provider'
import { en, zh } from '../../src/locales/all'

let renders = 0
function Title() {
  const { _ } = useLingui()
  renders++
  return <h1>{_('app.name')}</h1>
}

afterEach(() => act(() => i18n.activate('en')))

test('a catalog part arriving in the shown language renders nothing again', () => {
  render(
    <LanguageProvider i18n={i18n}>
      <Title />
    </LanguageProvider>,
  )
  const before = renders
  act(() => i18n.load('en', { 'test.part': 'A part loaded later' }))
  expect(renders).toBe(before)
  expect(i18n._('test.part')).toBe('A part loaded later')
})

test('a change of language renders the words again, in the new language', () => {
  render(
    <LanguageProvider i18n={i18n}>
      <Title />
    </LanguageProvider>,
  )
  expect(screen.getByRole('heading')).toHaveTextContent(i18n._('app.name'))
  act(() => i18n.loadAndActivate({ locale: 'zh-CN', messages: { ...zh } }))
  expect(screen.getByRole('heading')).toHaveTextContent(String(zh['app.name'] ?? ''))
  expect(screen.getByRole('heading')).not.toHaveTextContent(String(en['app.name'] ?? 'x'))
})
