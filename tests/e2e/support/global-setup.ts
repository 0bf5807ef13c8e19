/**
 * Serves the two builds the browser tests need, each on its own free localhost port, with Vite's
 * preview server and the repo's vite.config.ts:
 * - `production`: dist/, the build users get (no mocks, the dataset as a static file);
 * - `mocked`: dist-e2e/, the same app built with `--mode e2e`, where msw answers the API in the
 *   browser and `?mock=<scenario>` picks a fault.
 * `npm run test:e2e` builds both before running vitest.
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type PreviewServer, preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of dist/ (production build), without a trailing slash. */
    productionBaseUrl: string
    /** Base URL of dist-e2e/ (msw build; add `?mock=<scenario>`), without a trailing slash. */
    mockedBaseUrl: string
  }
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

async function serve(outDir: string, mode: string): Promise<PreviewServer> {
  if (!existsSync(join(repoRoot, outDir, 'index.html'))) {
    throw new Error(
      `${outDir}/index.html not found. Run the browser tests with \`npm run test:e2e\`, ` +
        'which builds dist/ and dist-e2e/ first.',
    )
  }
  return preview({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    mode,
    logLevel: 'warn',
    build: { outDir },
    // Port 0: the OS picks a free port, so a running `npm run preview` (4173) does not clash.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
}

function baseUrl(server: PreviewServer): string {
  const address = server.httpServer.address() as AddressInfo | string | null
  if (address === null || typeof address === 'string') {
    throw new Error('The preview server is not listening on a TCP port.')
  }
  return `http://127.0.0.1:${address.port}`
}

export default async function setup(project: TestProject) {
  const servers: PreviewServer[] = []
  try {
    const production = await serve('dist', 'production')
    servers.push(production)
    const mocked = await serve('dist-e2e', 'e2e')
    servers.push(mocked)
    project.provide('productionBaseUrl', baseUrl(production))
    project.provide('mockedBaseUrl', baseUrl(mocked))
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()))
    throw error
  }

  return async function teardown() {
    await Promise.all(servers.map((server) => server.close()))
  }
}
