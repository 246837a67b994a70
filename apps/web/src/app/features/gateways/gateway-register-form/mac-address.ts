/** Six colon- or dash-separated hex pairs, e.g. `AC:23:3F:A0:12:7B`. */
export const MAC_ADDRESS_PATTERN = /^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$/;

/** The form the API stores MACs in: upper case, colon-separated. */
export function normaliseMac(mac: string): string {
  return mac.trim().toUpperCase().replace(/-/g, ':');
}
