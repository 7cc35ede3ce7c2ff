// The package's ES module entry: `import { Loupe, LoupeError } from 'loupe'`.
export { Loupe } from './client.js';
export { LoupeError } from './errors.js';
