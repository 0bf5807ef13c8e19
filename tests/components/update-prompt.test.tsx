import { i18n } from '@lingui/core'
import { I18nProvider } from '@lingui/react'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { announceUpdate, UpdatePrompt } from '../../src/app/update-prompt'

const prompt = (
  <I18nProvider i18n={i18n}>
    <UpdatePrompt />
  </I18nProvider>
)

describe('the update prompt', () => {
  it('renders nothing on the server (the build’s prerender), without failing over to the client', () => {
    expect(renderToString(prompt)).toBe('')
  })

  it('offers the downloaded version and applies it only when asked', async () => {
    render(prompt)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    const apply = vi.fn(async () => {})
    act(() => announceUpdate(apply))
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the dashboard is ready.')
    expect(apply).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }))
    expect(apply).toHaveBeenCalledOnce()
  })
})
