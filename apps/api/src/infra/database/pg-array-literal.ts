/**
 * A PostgreSQL array literal, `{a,b,NULL}`, of elements that never need quoting: finite numbers, UUIDs and
 * ISO 8601 times. Written by hand for the ingest path: pg's own serialisation of a JavaScript array quotes
 * and escapes every element, which costs more than the rest of building a batch's parameters.
 */
export function arrayLiteral(values: readonly (string | number | null)[]): string {
  let text = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new RangeError(`array element ${i} is ${v}, not a finite number`);
    }
    text += (i === 0 ? '' : ',') + (v === null ? 'NULL' : String(v));
  }
  return `${text}}`;
}
