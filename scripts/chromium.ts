/**
 * Debian's Chromium and the flags every headless run here uses (browser tests, Lighthouse):
 * browser downloads are not available, and a closed network refuses Chrome's background calls.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
