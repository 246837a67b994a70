/** GS1 mod-10 check digit for the 13 digits of a GTIN-14 before the check digit. */
export function gtinCheckDigit(digits13: string): number {
  if (!/^\d{13}$/.test(digits13)) {
    throw new Error(`Expected 13 digits, got '${digits13}'`);
  }
  let sum = 0;
  for (let i = 0; i < 13; i++) {
    // Weights alternate 3, 1, 3 … counting from the digit next to the check digit.
    sum += Number(digits13[12 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** A UDI in GS1 human-readable form: '(01)' GTIN-14 '(21)' serial number. */
export function gs1Udi(gtin13: string, serialNumber: string): string {
  return `(01)${gtin13}${gtinCheckDigit(gtin13)}(21)${serialNumber}`;
}
