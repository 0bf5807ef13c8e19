import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { withServedBuild } from './bench-browser'

const root = fileURLToPath(new URL('..', import.meta.url))
await withServedBuild(join(root, 'dist'), async (browser, origin) => {
  const ctx = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    serviceWorkers: 'block',
    acceptDownloads: true,
  })
  const page = await ctx.newPage()
  await page.goto(`${origin}/explore?lang=zh-CN`, { waitUntil: 'networkidle' })
  for (const name of ['下载CSV', '下载JSON']) {
    const dl = page.waitForEvent('download')
    await page.getByRole('button', { name: new RegExp(name) }).first().click()
    const d = await dl
    await d.saveAs(`/tmp/zh/${d.suggestedFilename()}`)
  }
  await page.goto(`${origin}/?lang=zh-CN`, { waitUntil: 'networkidle' })
  const dlp = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为PNG图片' }).first().click()
  const p = await dlp
  await p.saveAs(`/tmp/zh/${p.suggestedFilename()}`)
  await page.goto(`${origin}/present?lang=zh-CN`, { waitUntil: 'networkidle' })
  await page.mouse.move(400, 300)
  await page.mouse.move(420, 310)
  const dl2 = page.waitForEvent('download', { timeout: 60000 })
  await page.getByRole('button', { name: 'PowerPoint' }).first().click()
  const d2 = await dl2
  await d2.saveAs(`/tmp/zh/${d2.suggestedFilename()}`)
  await page.goto(`${origin}/?lang=zh-CN`, { waitUntil: 'networkidle' })
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path: '/tmp/zh/report.pdf', format: 'A4', printBackground: true })
})
