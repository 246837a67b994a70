/** "just now", "12 s ago", "5 min ago", "3 h ago", "2 days ago": how long ago `iso` was, at `now`. */
export function relativeTime(iso: string | null, now: number = Date.now()): string {
  if (!iso) {
    return 'never';
  }
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (!Number.isFinite(seconds)) {
    return 'unknown';
  }
  if (seconds < 5) {
    return 'just now';
  }
  if (seconds < 60) {
    return `${seconds} s ago`;
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return `${minutes} min ago`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return `${hours} h ago`;
  }
  return `${Math.floor(hours / 24)} days ago`;
}

/** Confidence 0..1 as a percentage for people. */
export const confidencePercent = (confidence: number): string => `${Math.round(confidence * 100)} %`;
