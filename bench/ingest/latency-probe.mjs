// End-to-end latency: a socket.io client joined to every floor. For each room change of a moving tag
// (fromRoomId set) it records receive time − `at`, where `at` is the seenAt of the sample that decided the
// change, and the generator stamps seenAt with the moment it sent that POST.
import { io } from 'socket.io-client';

export class LatencyProbe {
  phase = null;
  byPhase = new Map();
  seen = new Set();

  constructor(movingPrefix) {
    this.movingPrefix = movingPrefix;
  }

  async connect(baseUrl, token, floorIds) {
    this.socket = io(`${baseUrl}/realtime`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: true,
    });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('realtime socket did not connect within 10 s')),
        10_000,
      );
      this.socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.once('connect_error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    for (const floorId of floorIds) {
      const answer = await this.socket.timeout(5000).emitWithAck('floor:join', floorId);
      if (!answer?.ok) {
        throw new Error(`floor:join ${floorId} failed: ${answer?.error ?? 'no answer'}`);
      }
    }
    this.socket.on('positions', (payload) => this.receive(payload));
  }

  setPhase(phase) {
    this.phase = phase;
    if (phase && !this.byPhase.has(phase)) {
      this.byPhase.set(phase, { latencies: [], events: 0, moves: 0 });
    }
  }

  receive(payload) {
    const now = Date.now();
    const bucket = this.phase ? this.byPhase.get(this.phase) : null;
    if (!bucket) {
      return;
    }
    for (const change of payload.changes ?? []) {
      // A change between floors is sent to both; count it once.
      const key = `${change.tagMac}|${change.at}`;
      if (this.seen.has(key)) {
        continue;
      }
      this.seen.add(key);
      bucket.events += 1;
      if (change.fromRoomId && change.tagMac.startsWith(this.movingPrefix)) {
        bucket.moves += 1;
        bucket.latencies.push(now - Date.parse(change.at));
      }
    }
  }

  /** Events so far in a phase (for progress lines). */
  count(phase) {
    const bucket = this.byPhase.get(phase);
    return bucket ? { events: bucket.events, moves: bucket.moves } : { events: 0, moves: 0 };
  }

  summary(phase) {
    const bucket = this.byPhase.get(phase);
    if (!bucket) {
      return null;
    }
    const sorted = [...bucket.latencies].sort((a, b) => a - b);
    const at = (p) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : null;
    return {
      events: bucket.events,
      movingTagChanges: bucket.moves,
      p50Ms: at(0.5),
      p90Ms: at(0.9),
      p99Ms: at(0.99),
      maxMs: sorted.length ? sorted[sorted.length - 1] : null,
    };
  }

  close() {
    this.socket?.close();
  }
}
