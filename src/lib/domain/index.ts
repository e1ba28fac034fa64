export * from './registry';
export * from './sectors';
export * from './actor-kinds';
export * from './roles';
export * from './policy-areas';
export * from './commitments';
export * from './collaboration';
export * from './model';
