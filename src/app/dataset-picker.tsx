import { useQuery } from '@tanstack/react-query'
import { useDatasetKey, yearParam } from '@/api/dataset-key'
import { datasetIndexQuery } from '@/api/queries'
import { useLanguage } from '@/i18n/locale'
import { useNavigate } from '@/lib/router/react'

/** Chooses the dataset (?year=); the layout loads it only when there is a choice to make. */
export function DatasetPicker() {
  const [_, locale] = useLanguage()
  const key = useDatasetKey()
  const navigate = useNavigate()
  const { data: index } = useQuery(datasetIndexQuery())
  if (!index || index.datasets.length < 2) return null
  return (
    <label>
      {_('controls.dataset')}
      <select
        name="year"
        value={key}
        onChange={(e) => {
          const next = index.datasets.find((d) => d.key === e.target.value)
          if (!next) return
          // What points into one dataset (an event, a metric, a slide) means nothing in another.
          void navigate({
            to: '.',
            search: ({
              event: _event,
              metric: _metric,
              slide: _slide,
              events: _events,
              ...prev
            }) => ({
              ...prev,
              year: yearParam(next.key),
            }),
          })
        }}
      >
        {index.datasets.map((d) => (
          <option key={d.key} value={d.key}>
            {d.edition[locale]}
          </option>
        ))}
      </select>
    </label>
  )
}
