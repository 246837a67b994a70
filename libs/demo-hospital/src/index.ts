export * from './lib/demo-hospital.types';
export * from './lib/generate-demo-hospital';
export * from './lib/demo-gateway-key';
