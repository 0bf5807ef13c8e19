/** A problem found in dataset input, and where. No schema library here: views import it cheaply. */
export type IssuePath = ReadonlyArray<PropertyKey>

export interface DataIssue {
  /** Where in the dataset payload, e.g. ["metrics", 3, "value"]. */
  path: IssuePath
  message: string
}

export function formatPath(path: IssuePath): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('')
}

export function describeIssue(issue: DataIssue): string {
  return issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message
}
