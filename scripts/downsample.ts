/**
 * Largest-Triangle-Three-Buckets: reduces a series to `threshold` points that keep its visual
 * shape, so a chart never draws more points than it has pixels for. Only the benchmark uses it (a
 * long synthetic series); the dashboard's own series are short, so it lives here, not in src/.
 */
export interface SeriesPoint {
  x: number
  y: number
}

export function lttb<T extends SeriesPoint>(data: readonly T[], threshold: number): T[] {
  if (threshold >= data.length || threshold <= 2) return data.slice()
  const sampled: T[] = []
  const bucketSize = (data.length - 2) / (threshold - 2)
  let a = 0
  const first = data[0]
  const last = data[data.length - 1]
  if (!first || !last) return []
  sampled.push(first)
  for (let i = 0; i < threshold - 2; i++) {
    const avgStart = Math.floor((i + 1) * bucketSize) + 1
    const avgEnd = Math.min(Math.floor((i + 2) * bucketSize) + 1, data.length)
    let avgX = 0
    let avgY = 0
    for (let j = avgStart; j < avgEnd; j++) {
      const p = data[j] as T
      avgX += p.x
      avgY += p.y
    }
    const count = Math.max(1, avgEnd - avgStart)
    avgX /= count
    avgY /= count

    const rangeStart = Math.floor(i * bucketSize) + 1
    const rangeEnd = Math.floor((i + 1) * bucketSize) + 1
    const pointA = data[a] as T
    let maxArea = -1
    let chosen = rangeStart
    for (let j = rangeStart; j < rangeEnd; j++) {
      const p = data[j] as T
      const area = Math.abs(
        (pointA.x - avgX) * (p.y - pointA.y) - (pointA.x - p.x) * (avgY - pointA.y),
      )
      if (area > maxArea) {
        maxArea = area
        chosen = j
      }
    }
    sampled.push(data[chosen] as T)
    a = chosen
  }
  sampled.push(last)
  return sampled
}
