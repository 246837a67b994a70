import { AD_TYPE_MANUFACTURER_SPECIFIC_DATA } from '../ad-structures';
import { AppleIBeacon } from '../decoded-beacon';
import { APPLE_COMPANY_ID, IBEACON_DATA_LENGTH, IBEACON_TYPE } from '../ibeacon';
import { FLAGS_STRUCTURE, adStructuresToHex, requireHexBytes, requireInteger } from './ad-builder';

export type IBeaconValues = Omit<AppleIBeacon, 'format'>;

/**
 * `02 01 06 1A FF 4C 00 02 15 <uuid 16> <major BE> <minor BE> <power int8>`. The UUID may be given with or
 * without dashes, in either case. Throws on out-of-range values.
 */
export function encodeIBeaconAdvertisement(values: IBeaconValues): string {
  const uuid = requireHexBytes(values.uuid.replace(/-/g, ''), 32, 'uuid');
  const major = requireInteger(values.major, 0, 0xffff, 'major');
  const minor = requireInteger(values.minor, 0, 0xffff, 'minor');
  const power = requireInteger(values.measuredPowerDbm, -128, 127, 'measuredPowerDbm');
  return adStructuresToHex([
    FLAGS_STRUCTURE,
    {
      type: AD_TYPE_MANUFACTURER_SPECIFIC_DATA,
      data: [
        APPLE_COMPANY_ID & 0xff,
        APPLE_COMPANY_ID >>> 8,
        IBEACON_TYPE,
        IBEACON_DATA_LENGTH,
        ...uuid,
        major >>> 8,
        major & 0xff,
        minor >>> 8,
        minor & 0xff,
        power & 0xff,
      ],
    },
  ]);
}
