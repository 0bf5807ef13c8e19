import { type Status, statuses } from './status'

/**
 * The counts per status, in status order, for views that list every status with its count. A
 * target that cannot judge is rare (a data error or an old stored edit): listed only when present.
 */
export function statusCounts(
  rows: readonly { status: Status }[],
): { status: Status; count: number }[] {
  return statuses
    .map((status) => ({ status, count: rows.filter((row) => row.status === status).length }))
    .filter((c) => c.status !== 'unjudgeable' || c.count > 0)
}
