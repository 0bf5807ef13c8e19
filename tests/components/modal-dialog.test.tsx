import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { ModalDialog, ModalDialogClose } from '@/components/modal-dialog'

/** A button that opens a panel drawn in place. */
function Page() {
  const [open, setOpen] = useState(false)
  return (
    <div>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <ModalDialog
          className="panel"
          labelledBy="panel-title"
          onClose={() => setOpen(false)}
          inPlace={{ backdropClassName: 'backdrop' }}
          closeKeys={['g']}
        >
          <h2 id="panel-title">Panel</h2>
          <button type="button" data-autofocus>
            First
          </button>
          <ModalDialogClose>Close</ModalDialogClose>
        </ModalDialog>
      )}
    </div>
  )
}

describe('ModalDialog drawn in place (the deck’s panels)', () => {
  it('takes focus, keeps Tab and keys inside, closes on Escape and gives focus back', async () => {
    // The deck's shortcuts listen on the window.
    const pageKeys: string[] = []
    const listener = (event: KeyboardEvent) => pageKeys.push(event.key)
    window.addEventListener('keydown', listener)
    onTestFinished(() => window.removeEventListener('keydown', listener))
    render(<Page />)
    const opener = screen.getByRole('button', { name: 'Open' })
    opener.focus()
    fireEvent.click(opener)
    const panel = await screen.findByRole('dialog', { name: 'Panel' })
    expect(panel).toHaveAttribute('aria-modal', 'true')
    const first = screen.getByRole('button', { name: 'First' })
    const close = screen.getByRole('button', { name: 'Close' })
    expect(first).toHaveFocus()

    close.focus()
    fireEvent.keyDown(close, { key: 'Tab' })
    expect(first).toHaveFocus()
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true })
    expect(close).toHaveFocus()

    fireEvent.keyDown(close, { key: 'ArrowRight' })
    expect(pageKeys).toEqual([])

    fireEvent.keyDown(close, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(opener).toHaveFocus()
    expect(pageKeys).toEqual([])
  })

  it('closes on the key that opened it, on its Close button and on a click outside', async () => {
    render(<Page />)
    const opener = screen.getByRole('button', { name: 'Open' })
    for (const closeIt of [
      (panel: HTMLElement) => fireEvent.keyDown(panel, { key: 'G' }),
      () => fireEvent.click(screen.getByRole('button', { name: 'Close' })),
      (panel: HTMLElement) => fireEvent.click(panel.parentElement as HTMLElement),
    ]) {
      fireEvent.click(opener)
      closeIt(await screen.findByRole('dialog', { name: 'Panel' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    }
  })
})
