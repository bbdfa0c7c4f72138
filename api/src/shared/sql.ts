/** Escapes LIKE's wildcards so user text (or a path) matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** A LIKE pattern for "contains this text", case handled by the caller (ILIKE). */
export function containsPattern(text: string): string {
  return '%' + escapeLike(text) + '%';
}
