export * from './lib/ranks';
export * from './lib/kendall';
export * from './lib/bradley-terry';
export * from './lib/combine';
