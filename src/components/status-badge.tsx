import type { Target, TargetProvenance } from '../domain/schema'
import type { Status } from '../domain/status'
import { InfoTip } from './info-tip'

export const statusText: Record<Status, string> = {
  met: 'Met',
  'on-track': 'On track',
  below: 'Below target',
  'no-target': 'No published target',
}

export const statusIcon: Record<Status, string> = {
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
  stated: 'Stated target: the source states this goal.',
  derived:
    'Derived target: computed from a goal the source states and a documented reference fact.',
  illustrative:
    'Illustrative target: no target is published; shown only for comparison, not as a fact.',
  analyst: 'Analyst target: set by an analyst in this dashboard.',
}

/** The target's provenance as a badge; its tooltip explains the kind and this target's basis. */
export function ProvenanceBadge({ target }: { target: Target }) {
  return (
    <InfoTip
      className={`provenance provenance-${target.provenance}`}
      label={provenanceText[target.provenance]}
      accessibleName={`${provenanceText[target.provenance]} target`}
    >
      <strong>{provenanceHelp[target.provenance]}</strong> {target.basis.en}
    </InfoTip>
  )
}
