/** The part of jsdom's API the build's prerender uses (jsdom ships no types of its own). */
declare module 'jsdom' {
  export class VirtualConsole {
    on(event: 'jsdomError', listener: (error: Error) => void): this
  }
  export class JSDOM {
    constructor(
      html?: string,
      options?: { url?: string; pretendToBeVisual?: boolean; virtualConsole?: VirtualConsole },
    )
    readonly window: Window & typeof globalThis
  }
}
