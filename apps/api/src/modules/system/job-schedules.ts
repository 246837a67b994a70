import type { Queue } from 'bullmq';

import type { JobName } from '../../infra/queue/queues';

/** What registering a schedule did: made it, found it as wanted, or replaced one on another cadence. */
export type ScheduleOutcome = 'created' | 'kept' | 'replaced';

/** Housekeeping jobs keep a short history: enough to see the last runs and failures. */
const TEMPLATE_OPTS = { removeOnComplete: 10, removeOnFail: 50 };

/**
 * Makes sure the queue runs `name` every `everyMs`, as each worker boots.
 *
 * A scheduler already on that interval is left alone: several workers boot at once, and none should
 * move the others' next run. One on another interval (the setting changed, e.g. ALERT_RULES_EVERY_S
 * 60 → 5) is removed and made again: upserting over it kept the old schedule's offset (a 5 s schedule
 * kept a 60 s one's 30 s offset), so runs that catch up landed well past their slot.
 * Two workers replacing it at once both end on the wanted interval; at worst the first run comes twice.
 * Only the interval is compared: a change to the job template alone is not applied to a kept scheduler.
 */
export async function scheduleEvery(queue: Queue, name: JobName, everyMs: number): Promise<ScheduleOutcome> {
  const existing = await queue.getJobScheduler(name);
  if (existing?.every === everyMs) {
    return 'kept';
  }
  if (existing) {
    await queue.removeJobScheduler(name);
  }
  await queue.upsertJobScheduler(name, { every: everyMs }, { name, data: {}, opts: TEMPLATE_OPTS });
  return existing ? 'replaced' : 'created';
}
