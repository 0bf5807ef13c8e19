import type { TargetProvenance } from '../domain/schema'
import type { Status } from '../domain/status'

export const statusText: Record<Status, string> = {
  met: 'Met',
  'on-track': 'On track',
  below: 'Below target',
  'no-target': 'No published target',
}

const statusIcon: Record<Status, string> = {
  met: '✓',
  'on-track': '➜',
  below: '▼',
  'no-target': '–',
}

/** Status in text and icon as well as colour, so it reads without colour vision. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true" className="status-icon">
        {statusIcon[status]}
      </span>
      {statusText[status]}
    </span>
  )
}

export const provenanceText: Record<TargetProvenance, string> = {
  stated: 'Stated',
  derived: 'Derived',
  illustrative: 'Illustrative',
  analyst: 'Analyst',
}

export const provenanceHelp: Record<TargetProvenance, string> = {
  stated: 'The source states this target.',
  derived: 'Computed from a goal the source states and a documented reference fact.',
  illustrative: 'No target is published; this one is only for comparison, not a fact.',
  analyst: 'Set by an analyst in this dashboard.',
}

export function ProvenanceBadge({ provenance }: { provenance: TargetProvenance }) {
  return (
    <span className={`provenance provenance-${provenance}`} title={provenanceHelp[provenance]}>
      {provenanceText[provenance]}
      <span className="visually-hidden"> target: {provenanceHelp[provenance]}</span>
    </span>
  )
}
