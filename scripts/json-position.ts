/**
 * Where a path inside a JSON file sits in its text, as a 1-based line and column, so a problem
 * found by the schema can be reported as `file:line:column` that editors open at the spot.
 */
import {
  findNodeAtLocation,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
  type Segment,
} from 'jsonc-parser'

export interface Position {
  line: number
  column: number
}

/** Parse errors in words an analyst editing by hand will recognise. */
const syntaxWords: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'a property name in double quotes is expected here',
  ValueExpected: 'a value is expected here (a trailing comma?)',
  ColonExpected: 'a colon is missing after the property name',
  CommaExpected: 'a comma is missing before this',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed with "',
  UnexpectedEndOfNumber: 'a number ends unexpectedly',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape after \\',
  InvalidCharacter: 'a control character (a raw tab or newline?) inside a string',
}

export function positionAt(text: string, offset: number): Position {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

export interface JsonDocument {
  text: string
  /** The parsed value, or undefined when the text is not valid JSON. */
  value: unknown
  syntaxErrors: { message: string; position: Position }[]
  /** Where a path points: the value itself, or the nearest enclosing value that exists. */
  locate: (path: ReadonlyArray<PropertyKey>) => Position
}

/** Strict JSON: no comments and no trailing commas, as JSON.parse and the API's clients expect. */
export function readJsonDocument(text: string): JsonDocument {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  // The parser can report several errors at one spot as it recovers; the first says it best.
  const syntaxErrors = errors
    .filter((e, i) => errors.findIndex((other) => other.offset === e.offset) === i)
    .map((e) => ({
      message: syntaxWords[printParseErrorCode(e.error)] ?? 'not valid JSON',
      position: positionAt(text, e.offset),
    }))
  let value: unknown
  if (syntaxErrors.length === 0) value = JSON.parse(text)
  const locate = (path: ReadonlyArray<PropertyKey>): Position => {
    if (!root) return { line: 1, column: 1 }
    // A missing key has no node: point at the object it should be in.
    for (let length = path.length; length >= 0; length--) {
      const segments = path.slice(0, length).map((k) => (typeof k === 'number' ? k : String(k)))
      const node: Node | undefined = findNodeAtLocation(root, segments as Segment[])
      if (node) {
        const at = length === path.length && node.parent?.type === 'property' ? node.parent : node
        return positionAt(text, at.offset)
      }
    }
    return positionAt(text, root.offset)
  }
  return { text, value, syntaxErrors, locate }
}
