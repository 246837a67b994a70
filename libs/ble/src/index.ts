// Decoding advertisements
export type {
  AppleIBeacon,
  DecodeError,
  DecodeResult,
  DecodedBeacon,
  EddystoneTlmBeacon,
  EddystoneTlmEncryptedBeacon,
  EddystoneUidBeacon,
  RuuviRawV1Beacon,
  RuuviRawV2Beacon,
} from './lib/decoded-beacon';
export { decodeAdvertisement, decodeAdvertisementBytes } from './lib/decode-advertisement';
export {
  AD_TYPE_COMPLETE_16BIT_SERVICE_UUIDS,
  AD_TYPE_FLAGS,
  AD_TYPE_MANUFACTURER_SPECIFIC_DATA,
  AD_TYPE_SERVICE_DATA_16BIT_UUID,
  walkAdStructures,
} from './lib/ad-structures';
export type { AdStructureVisitor } from './lib/ad-structures';
export { RUUVI_COMPANY_ID, decodeManufacturerData } from './lib/manufacturer-data';
export { RUUVI_RAWV2_FORMAT, RUUVI_RAWV2_LENGTH, decodeRuuviRawV2 } from './lib/ruuvi-rawv2';
export { RUUVI_RAWV1_FORMAT, RUUVI_RAWV1_LENGTH, decodeRuuviRawV1 } from './lib/ruuvi-rawv1';
export { EDDYSTONE_SERVICE_UUID, decodeEddystoneFrame } from './lib/eddystone';
export type { EddystoneBeacon } from './lib/eddystone';
export { APPLE_COMPANY_ID, decodeIBeacon } from './lib/ibeacon';

// Encoding (simulator, round-trip tests)
export { encodeRuuviRawV2Advertisement, encodeRuuviRawV2Payload } from './lib/encoders/ruuvi-rawv2';
export type { RuuviRawV2Values } from './lib/encoders/ruuvi-rawv2';
export { encodeRuuviRawV1Advertisement, encodeRuuviRawV1Payload } from './lib/encoders/ruuvi-rawv1';
export type { RuuviRawV1Values } from './lib/encoders/ruuvi-rawv1';
export { encodeIBeaconAdvertisement } from './lib/encoders/ibeacon';
export type { IBeaconValues } from './lib/encoders/ibeacon';
export { encodeEddystoneTlmAdvertisement, encodeEddystoneUidAdvertisement } from './lib/encoders/eddystone';
export type { EddystoneTlmValues, EddystoneUidValues } from './lib/encoders/eddystone';

// Gateway formats
export type { GatewaySighting, ParseResult, ParsedBatch, RejectedItem } from './lib/formats/gateway-batch';
export { MAX_FUTURE_SKEW_MS, MAX_SIGHTINGS_PER_BATCH, RSSI_MAX, RSSI_MIN } from './lib/formats/gateway-batch';
export { RUUVI_MAX_RAW_BYTES, parseRuuviGatewayHttp } from './lib/formats/ruuvi-gateway-http';
export { parseRuuviGatewayMqtt } from './lib/formats/ruuvi-gateway-mqtt';
export { WARDWATCH_MAX_RAW_BYTES, parseWardwatchBatch } from './lib/formats/wardwatch-batch';
export {
  fahrenheitToCelsius,
  MAX_READINGS_PER_BATCH,
  parseTelemetryBatch,
  type ParsedTelemetryBatch,
  type TelemetryParseResult,
  type TelemetryReading,
} from './lib/formats/telemetry-batch';
export { batchDedupKey } from './lib/formats/batch-dedup-key';
export { canonicalJson } from './lib/formats/canonical-json';

// Small pieces other code needs
export { bytesToHex, parseHex } from './lib/hex';
export type { HexError } from './lib/hex';
export { normalizeMac } from './lib/mac-address';
export { fnv1a64Hex } from './lib/fnv1a64';
