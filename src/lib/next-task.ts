/**
 * Resolves in a later task, so a long start-up gives way to input and rendering in between.
 * Uses `scheduler.yield()` where the browser has it (the continuation keeps its priority).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
