/**
 * Resolves in a later task, so a long start-up gives way to input and rendering in between.
 * Uses `scheduler.yield()` where the browser has it (the continuation keeps its priority).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * A pause for work done a piece at a time: it gives way (nextTask) only once `budgetMs` of work
 * has passed since the last break, so it is cheap to call after every piece.
 */
export function pauseEvery(budgetMs: number): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < budgetMs) return
    await nextTask()
    since = performance.now()
  }
}
