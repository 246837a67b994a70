import type { TemporaryOverrideDto } from '@wardwatch/contracts';

export type OverrideStatus =
  | { kind: 'in-force' }
  | { kind: 'ended-as-planned' }
  | { kind: 'ended-early'; by: string | null; reason: string; plannedEndsAt: string };

/** Where an override stands at `now` (epoch ms): in force, ran to its planned end, or ended early. */
export function overrideStatus(o: TemporaryOverrideDto, now: number): OverrideStatus {
  if (o.endedEarly) {
    return { kind: 'ended-early', ...o.endedEarly };
  }
  return Date.parse(o.endsAt) > now ? { kind: 'in-force' } : { kind: 'ended-as-planned' };
}
