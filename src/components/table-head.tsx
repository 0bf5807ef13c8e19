/** A column header: its words, or its words and a class (e.g. a column that folds away on a phone). */
export type TableColumn = string | { label: string; className?: string | undefined }

/**
 * A table's header row, one `scope="col"` cell a column, so a screen reader names each cell by its
 * column. Every data table (chart tables, the deck's summary, the metric list, /data, the import
 * preview) writes its header row with this.
 */
export function TableHead({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const { label, className } =
            typeof column === 'string' ? { label: column, className: undefined } : column
          return (
            <th key={label} scope="col" className={className}>
              {label}
            </th>
          )
        })}
      </tr>
    </thead>
  )
}
