export * from './names.js';
export * from './sdgs.js';
export * from './themes.js';
export * from './geography.js';
export * from './limits.js';
