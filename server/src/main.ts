/**
 * The entry point of the `mentalmuse` command (npm scripts, the systemd unit, `bin/mentalmuse.js`);
 * the commands are in `cli/run.ts`. It turns Node's compile cache on before the application loads:
 * every start after the first reuses the type-stripped source and compiled code of its ~1,500
 * modules, which saves CPU and keeps the TypeScript stripper (~18 MB) out of memory (issue #20).
 * The cache lives in `NODE_COMPILE_CACHE` (default: `node-compile-cache` in the temporary folder);
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off, and an unwritable folder only costs the speed-up.
 */
import { enableCompileCache, flushCompileCache } from 'node:module';

// `import.meta.main` holds whatever the path looks like (spaces, symlinks); the bin script
// imports this module, so it is named too.
const isEntry = import.meta.main || process.argv[1]?.endsWith('/bin/mentalmuse.js') === true;
// Only for the command itself: test runners import this module through their own loader.
if (isEntry) enableCompileCache();

const [{ run }, { readEnvironment }] = await Promise.all([import('./cli/run.ts'), import('./config.ts')]);

/** Runs one command; resolves to the exit code (-1: keep running, a server is listening). */
export { run };

if (isEntry) {
  run(process.argv.slice(2), readEnvironment()).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
      // A server keeps running: store the cache now, not only at exit (a crash would lose it).
      else flushCompileCache();
    },
    (error: unknown) => {
      process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
