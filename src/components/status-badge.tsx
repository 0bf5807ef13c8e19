import { useLingui } from '@lingui/react'
import type { Target, TargetProvenance } from '@/domain/schema'
import type { Status } from '@/domain/status'
import { provenanceMessage, statusMessage } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'
import { InfoTip } from './info-tip'

export const statusIcon: Record<Status, string> = {
  met: '✓',
  'on-track': '➜',
  below: '▼',
  unjudgeable: '?',
  reference: '◇',
  'no-target': '–',
}

/** Status in text and icon as well as colour, so it reads without colour vision. */
export function StatusBadge({ status }: { status: Status }) {
  const { _ } = useLingui()
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true" className="status-icon">
        {statusIcon[status]}
      </span>
      {_(statusMessage[status])}
    </span>
  )
}

export const provenanceHelpMessage: Record<TargetProvenance, string> = {
  stated: 'provenance.help.stated',
  derived: 'provenance.help.derived',
  illustrative: 'provenance.help.illustrative',
  analyst: 'provenance.help.analyst',
}

/** The target's provenance as a badge; its tooltip explains the kind and this target's basis. */
export function ProvenanceBadge({ target }: { target: Target }) {
  const [_, locale] = useLanguage()
  const kind = _(provenanceMessage[target.provenance])
  return (
    <InfoTip
      className={`provenance provenance-${target.provenance}`}
      label={kind}
      accessibleName={_('provenance.targetName', { kind })}
    >
      <strong>{_(provenanceHelpMessage[target.provenance])}</strong> {target.basis[locale]}
    </InfoTip>
  )
}
