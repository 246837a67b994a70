/** `'a', 'b'` for a CHECK constraint over a closed list of string literals (never user input). */
export function sqlInList(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}
