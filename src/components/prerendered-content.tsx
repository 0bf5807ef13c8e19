import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react'

/**
 * The build prerenders the overview's figures into index.html and the data page into data.html.
 * When the app takes over before its own data has arrived (a slow or hanging API), those sections
 * stay on screen instead of blank skeletons: the entry hands the nodes over here and the view's
 * loading state shows them again.
 */
let kept: Node[] = []

/** Called by the entry before React replaces the prerendered HTML. */
export function keepPrerenderedContent(nodes: Iterable<Node>) {
  kept = [...nodes]
  for (const node of kept) {
    // Its buttons would do nothing until the app has data; links work as plain links.
    if (node instanceof Element) {
      for (const button of node.querySelectorAll('button')) button.disabled = true
    }
  }
}

/** The prerendered content, if any is kept, else `fallback`. */
export function PrerenderedContent({ fallback }: { fallback: ReactNode }) {
  const [nodes] = useState(() => kept)
  const box = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    box.current?.append(...nodes)
  }, [nodes])
  // Shown once: the view that showed them, having left its loading state, lets them go, and
  // another view's loading state does not show them.
  useEffect(
    () => () => {
      if (kept === nodes) kept = []
    },
    [nodes],
  )
  if (nodes.length === 0) return fallback
  return <div ref={box} className="prerendered-content" />
}
