// `npm run bench [-- --out <file>] [--smoke]`. The benchmark drives the real core, which is
// TypeScript: tsx loads it, the same loader the tests use. See bench/main.ts.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
