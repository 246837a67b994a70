export * from './lib/identifiers/mac-address';
export * from './lib/geometry/polygon';
