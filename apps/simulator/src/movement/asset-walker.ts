import type { Random } from '../random/seeded-random';
import type { FloorPosition } from '../world/world-types';
import { HOMEWARD_CHANCE, type MobilityProfile } from './mobility-profiles';
import type { Leg, Place, TripPlanner } from './trip-planner';

/** What the walker knows about its unit. */
export interface WalkerAsset {
  homeRoomKey: string;
  homeDepartment: string;
}

/** What to do once the current trip is over: stay this long, then maybe go home. */
interface AfterArrival {
  dwellS: number;
  thenReturn: boolean;
}

const legDurationS = (leg: Leg): number =>
  leg.kind === 'walk' ? leg.path.length / leg.speedMps : leg.durationS;

/**
 * One piece of equipment over the day: parked, pushed along a trip's legs, parked again. Time is simulated
 * seconds; `advanceTo` must be called with non-decreasing times.
 */
export class AssetWalker {
  private place: Place;
  private legs: Leg[] = [];
  private legStartS = 0;
  private afterArrival: AfterArrival | null = null;
  private returnAtS: number | null = null;
  private lastDecisionS: number;
  private position: FloorPosition | null;
  private trips = 0;

  constructor(
    private readonly asset: WalkerAsset,
    private readonly profile: MobilityProfile | null,
    home: Place,
    startS: number,
  ) {
    this.place = home;
    this.lastDecisionS = startS;
    this.position = { floorKey: home.floorKey, x: home.point[0], y: home.point[1] };
  }

  /** Where the unit is now; null while it is out of sight in an elevator. */
  get current(): FloorPosition | null {
    return this.position;
  }

  get moving(): boolean {
    return this.legs.length > 0;
  }

  get tripCount(): number {
    return this.trips;
  }

  advanceTo(nowS: number, activity: number, planner: TripPlanner, random: Random): void {
    for (;;) {
      const leg = this.legs[0];
      if (leg !== undefined) {
        const durationS = legDurationS(leg);
        if (nowS < this.legStartS + durationS) {
          this.position = this.positionOnLeg(leg, nowS - this.legStartS);
          return;
        }
        this.legStartS += durationS;
        this.legs.shift();
        if (leg.kind === 'walk') {
          this.place = { floorKey: leg.floorKey, roomKey: leg.toRoomKey, point: leg.path.end };
        }
        if (this.legs.length === 0) {
          this.arrive(this.legStartS);
        }
        continue;
      }
      this.position = { floorKey: this.place.floorKey, x: this.place.point[0], y: this.place.point[1] };
      if (this.returnAtS !== null) {
        if (nowS < this.returnAtS) {
          return;
        }
        const at = this.returnAtS;
        this.returnAtS = null;
        this.lastDecisionS = at;
        if (!this.startHomeward(at, planner)) {
          return;
        }
        continue;
      }
      if (this.profile === null || !this.decideToLeave(nowS, activity, random)) {
        return;
      }
      if (!this.startTrip(nowS, this.profile, planner, random)) {
        return;
      }
    }
  }

  /** A Poisson departure over the time since the last decision, at the profile's rate for this hour. */
  private decideToLeave(nowS: number, activity: number, random: Random): boolean {
    const elapsedS = nowS - this.lastDecisionS;
    if (elapsedS <= 0 || this.profile === null) {
      return false;
    }
    this.lastDecisionS = nowS;
    const rate = (this.profile.tripsPerHour * activity) / 3600;
    return random.chance(1 - Math.exp(-rate * elapsedS));
  }

  private startTrip(nowS: number, profile: MobilityProfile, planner: TripPlanner, random: Random): boolean {
    if (this.place.roomKey !== this.asset.homeRoomKey && random.chance(HOMEWARD_CHANCE)) {
      return this.startHomeward(nowS, planner);
    }
    const offFloor = random.chance(profile.offFloorShare);
    const target =
      (offFloor
        ? planner.pickDestination(this.place, profile.offFloorDestinations, this.asset.homeDepartment, true)
        : null) ??
      planner.pickDestination(this.place, profile.destinations, this.asset.homeDepartment, false);
    const legs = target === null ? null : planner.planTrip(this.place, target);
    if (target === null || legs === null) {
      return false;
    }
    const wentOffFloor = target.floorKey !== this.place.floorKey;
    const [min, max] = wentOffFloor ? profile.offFloorDwellMinutes : profile.dwellMinutes;
    this.begin(nowS, legs, {
      dwellS: random.range(min, max) * 60,
      thenReturn: random.chance(wentOffFloor ? Math.max(profile.returnChance, 0.9) : profile.returnChance),
    });
    return true;
  }

  private startHomeward(nowS: number, planner: TripPlanner): boolean {
    if (this.place.roomKey === this.asset.homeRoomKey) {
      return false;
    }
    const home = planner.homeRoom(this.asset.homeRoomKey);
    const legs = planner.planTrip(this.place, home);
    if (legs === null) {
      return false;
    }
    this.begin(nowS, legs, null);
    return true;
  }

  private begin(atS: number, legs: Leg[], afterArrival: AfterArrival | null): void {
    this.legs = legs;
    this.legStartS = atS;
    this.afterArrival = afterArrival;
    this.trips++;
  }

  private arrive(atS: number): void {
    const after = this.afterArrival;
    this.afterArrival = null;
    if (after === null) {
      this.lastDecisionS = atS;
    } else if (after.thenReturn) {
      this.returnAtS = atS + after.dwellS;
    } else {
      // No spontaneous departure before the dwell is over.
      this.lastDecisionS = atS + after.dwellS;
    }
  }

  private positionOnLeg(leg: Leg, elapsedS: number): FloorPosition | null {
    if (leg.kind === 'transit') {
      return null;
    }
    const [x, y] = leg.path.pointAt(elapsedS * leg.speedMps);
    return { floorKey: leg.floorKey, x, y };
  }
}
