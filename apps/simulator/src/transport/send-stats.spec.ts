import { SendStats } from './send-stats';

describe('SendStats', () => {
  it('counts POSTs and sightings sent per window and times only the accepted answers', () => {
    const stats = new SendStats(0);
    stats.recordPostSent(30);
    stats.recordPostSent(30);
    stats.recordPostSent(10);
    stats.recordResponse(503, 5000, 30);
    stats.recordResponse(202, 40, 30);
    stats.recordResponse(202, 60, 10);
    const window = stats.takeWindow(2000);
    expect(window).toEqual({
      seconds: 2,
      postsSent: 3,
      sightingsSent: 70,
      sightingsDelivered: 40,
      responses: 3,
      responses2xx: 2,
      p50Ms: 40,
      p99Ms: 60,
    });
    expect(stats.totals).toMatchObject({ responses2xx: 2, responses5xx: 1, sightingsDelivered: 40 });
    expect(stats.overallLatency.percentile(0.99)).toBe(60);
    expect(stats.takeWindow(3000)).toMatchObject({ seconds: 1, postsSent: 0, p50Ms: null });
  });
});
