/**
 * The data notes: every data-quality finding on the events in view, then what the kinds of
 * target mean, page by page as the slide has lines.
 */
import { i18n } from '@lingui/core'
import type { Kpis } from '@/domain/kpis'
import type { Locale } from '@/domain/locale'
import type { QualityFinding } from '@/domain/quality'
import { findingMessage } from '@/i18n/quality-messages'
import { formatInteger } from '@/lib/format'
import {
  lineCount,
  NOTES_CHARS,
  NOTES_GAP_LINES,
  NOTES_LINES,
  NOTES_TITLE_CHARS,
  paginate,
} from './deck-layout'
import type { NotesSlide, SlideFinding } from './deck-model'
import { pagedHeading, severityText } from './deck-words'

/** The title of a finding on the notes slide, after its severity: "Event 5: …". */
export function findingAbout(
  finding: Pick<SlideFinding, 'event' | 'subject'>,
  locale: Locale = 'en',
): string {
  return i18n._('present.notes.findingAbout', {
    event: formatInteger(finding.event, locale),
    subject: finding.subject,
  })
}

export function notesSlides(
  kpis: Kpis,
  events: readonly number[],
  attribution: string,
  locale: Locale,
): NotesSlide[] {
  const { dataset } = kpis
  const provenanceNotes = [i18n._('present.notes.provenance')]
  const subjectOf = (f: QualityFinding) =>
    dataset.metrics.find((m) => m.id === f.subject.id)?.label[locale] ??
    dataset.milestones.find((m) => m.id === f.subject.id)?.label[locale] ??
    dataset.events.find((e) => e.number === f.event)?.title[locale] ??
    i18n._('present.notes.event', { event: formatInteger(f.event, locale) })
  const findings = kpis.findings
    .filter((f) => events.includes(f.event))
    .map(
      (f): SlideFinding => ({
        key: f.id,
        severity: f.severity,
        event: f.event,
        subject: subjectOf(f),
        message: findingMessage(f, dataset, locale),
      }),
    )
  // The note on what targets mean comes after the findings, on the last slide it fits on.
  const items: (SlideFinding | 'provenance')[] = [...findings, 'provenance']
  const pages = paginate(
    items,
    (item) =>
      NOTES_GAP_LINES +
      (item === 'provenance'
        ? provenanceNotes.reduce((sum, note) => sum + lineCount(note, NOTES_CHARS), 0)
        : lineCount(
            `${severityText(item.severity)} · ${findingAbout(item, locale)}`,
            NOTES_TITLE_CHARS,
          ) + lineCount(item.message, NOTES_CHARS)),
    NOTES_LINES,
    NOTES_LINES,
  )
  return pages.map((page, i) => {
    const shown = page.filter((item): item is SlideFinding => item !== 'provenance')
    const explained = page.includes('provenance') ? provenanceNotes : []
    return {
      kind: 'notes',
      key: `notes-${i + 1}`,
      heading: pagedHeading('notes', i, pages.length, locale),
      page: i + 1,
      pages: pages.length,
      findings: shown,
      provenanceNotes: explained,
      source: { attribution: i18n._('present.source.checked', { attribution }) },
      notes: [
        findings.length === 0
          ? i18n._('present.notes.none')
          : i18n._('present.notes.count', {
              count: findings.length,
              findings: formatInteger(findings.length, locale),
            }),
        ...shown.map((f) =>
          i18n._('present.notes.findingNote', {
            severity: severityText(f.severity),
            event: formatInteger(f.event, locale),
            message: f.message,
          }),
        ),
        ...explained,
      ],
    }
  })
}
