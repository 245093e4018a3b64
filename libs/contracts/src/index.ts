export * from './lib/common';
export * from './lib/auth';
export * from './lib/workspace';
export * from './lib/round';
export * from './lib/participation';
export * from './lib/moderation';
export * from './lib/presets';
export * from './lib/audit';
