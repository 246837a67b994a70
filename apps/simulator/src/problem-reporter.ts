import type { SenderEvents } from './transport/http-sender';

/** Identical 4xx reasons are printed for this many gateways, then summarised. */
const SAME_REASON_GATEWAYS_SHOWN = 10;

/**
 * Tells the operator about problems without flooding the terminal: a gateway's 4xx reason once per
 * gateway (and one reason for at most ten gateways), network trouble when it starts and when it ends.
 */
export class ProblemReporter implements SenderEvents {
  private readonly gatewaysTold = new Set<string>();
  private readonly rejectedTold = new Set<string>();
  private readonly gatewaysByReason = new Map<string, number>();

  constructor(private readonly print: (line: string) => void) {}

  clientError(gatewayMac: string, reason: string): void {
    if (this.gatewaysTold.has(gatewayMac)) {
      return;
    }
    this.gatewaysTold.add(gatewayMac);
    const seen = (this.gatewaysByReason.get(reason) ?? 0) + 1;
    this.gatewaysByReason.set(reason, seen);
    if (seen <= SAME_REASON_GATEWAYS_SHOWN) {
      this.print(`gateway ${gatewayMac}: ${reason} (not retried)`);
    }
    if (seen === SAME_REASON_GATEWAYS_SHOWN) {
      this.print(`… further gateways answered the same; see the 4xx count`);
    }
  }

  trouble(message: string): void {
    this.print(`${message}; retrying with backoff`);
  }

  recovered(): void {
    this.print('the API answers again');
  }

  rejected(gatewayMac: string, count: number, reason: string | null): void {
    if (this.rejectedTold.has(gatewayMac)) {
      return;
    }
    this.rejectedTold.add(gatewayMac);
    if (this.rejectedTold.size <= SAME_REASON_GATEWAYS_SHOWN) {
      this.print(
        `gateway ${gatewayMac}: the API refused ${count} sighting(s)${reason === null ? '' : `: ${reason}`}`,
      );
    }
  }
}
