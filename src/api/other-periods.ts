import { useQuery } from '@tanstack/react-query'
import type { OtherPeriodFigure } from '@/domain/comparison'
import { useDatasetKey } from './dataset-key'
import { datasetIndexQuery, datasetQuery, kpiKeys } from './queries'

const none: ReadonlyMap<string, readonly OtherPeriodFigure[]> = new Map()

/**
 * Each metric's comparable figures in the other published datasets (same id, label and unit).
 * The index is the one the header already asked for; with a single dataset published nothing
 * else is requested and the comparison code never loads. The others load through the same
 * dataset queries (and cache) as the one on screen; one that fails adds nothing. One query over
 * them all rather than useQueries, whose observer would join the first screen's framework chunk.
 */
export function useOtherPeriods(
  /** The view's own dataset has arrived: the index never competes with its first figures. */
  loaded: boolean,
): ReadonlyMap<string, readonly OtherPeriodFigure[]> {
  const key = useDatasetKey()
  const { data: keys = [] } = useQuery({
    ...datasetIndexQuery(),
    enabled: loaded,
    select: (index) => index.datasets.map((d) => d.key).filter((k) => k !== key),
  })
  const { data = none } = useQuery({
    queryKey: [...kpiKeys.dataset(key), 'other-periods', keys],
    queryFn: async ({ client }) => {
      const { otherPeriods } = await import('@/domain/comparison')
      const [{ dataset }, ...others] = await Promise.all([
        client.ensureQueryData(datasetQuery(key)),
        ...keys.map((k) =>
          client.ensureQueryData(datasetQuery(k)).then(
            ({ dataset }) => [{ key: k, dataset }],
            () => [],
          ),
        ),
      ])
      return otherPeriods(dataset, others.flat())
    },
    enabled: keys.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return data
}
