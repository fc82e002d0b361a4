import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  /** Gzip bytes of the entry script and everything it imports statically. */
  initial: number;
  /** Gzip bytes of the chunks only loaded later (dynamic import). */
  later: number;
  initialFiles: string[];
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * The JS a built page needs before it can run: the module scripts of its index.html and, from
 * them, every `import … from './x.js'` / `import './x.js'` (static imports), followed file by
 * file. Any other .js file in assets/ is a chunk loaded later.
 */
export function scriptSize(builtDir: string, allFiles: readonly string[]): ScriptSize {
  const html = readFileSync(join(builtDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => join(builtDir, m[1]!));
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import(` (dynamic) is excluded by requiring `from` or a bare string.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(join(dirname(file), m[1]!));
    }
  }
  const initialFiles = [...seen];
  const js = allFiles.filter((f) => f.endsWith('.js'));
  return {
    initial: initialFiles.reduce((sum, f) => sum + gzipBytes(f), 0),
    later: js.filter((f) => !seen.has(f)).reduce((sum, f) => sum + gzipBytes(f), 0),
    initialFiles: initialFiles.map((f) => relative(builtDir, f)),
  };
}
