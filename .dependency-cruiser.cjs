/**
 * The module map, enforced (docs/architecture.md draws it). Run by `npm run depcheck` and by the
 * static checks of `npm test`. Tests may reach into their own module; everything else goes
 * through each module's `index.ts`.
 */
const SRC = '^server/src/';
const MOD = `${SRC}modules/`;
const NOT_TEST = '\\.test\\.ts$';

/** Which modules each module may import (through their index), bottom to top. */
const ALLOWED = {
  audit: [],
  users: ['audit'],
  journal: ['users', 'audit'],
  community: ['users', 'audit'],
  moderation: ['community', 'users', 'audit'],
  auth: ['users', 'journal', 'audit'],
  health: [],
  notifications: ['community', 'users', 'audit'],
  safety: ['users', 'audit'],
  admin: ['auth', 'community', 'moderation', 'journal', 'users', 'audit'],
};
const ALL = Object.keys(ALLOWED);

const layering = Object.entries(ALLOWED).map(([module, allowed]) => {
  const forbidden = ALL.filter((m) => m !== module && !allowed.includes(m));
  return {
    name: `layering-${module}`,
    comment: `${module} may import only ${allowed.length > 0 ? allowed.join(', ') : 'the platform'}`,
    severity: 'error',
    from: { path: `${MOD}${module}/`, pathNot: NOT_TEST },
    to: { path: `${MOD}(${forbidden.join('|') || '$^'})/` },
  };
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles between files.',
      severity: 'error',
      from: { path: SRC },
      to: { circular: true },
    },
    {
      name: 'module-front-door',
      comment: "Another module's files are private: import its index.ts only.",
      severity: 'error',
      from: { path: `${MOD}([^/]+)/`, pathNot: NOT_TEST },
      to: { path: `${MOD}[^/]+/`, pathNot: [`${MOD}$1/`, `${MOD}[^/]+/index\\.ts$`] },
    },
    {
      name: 'composition-root-front-door',
      comment: 'The app, the CLI, operations (backup, restore) and the wiring use modules through their index.ts only.',
      severity: 'error',
      from: { path: `${SRC}(app\\.ts|main\\.ts|cli/|ops/|modules/wiring\\.ts)`, pathNot: NOT_TEST },
      to: { path: `${MOD}[^/]+/`, pathNot: `${MOD}[^/]+/index\\.ts$` },
    },
    {
      name: 'repositories-stay-private',
      comment: "A module's index publishes services, never its repositories.",
      severity: 'error',
      from: { path: `${MOD}[^/]+/index\\.ts$` },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'platform-never-imports-modules',
      comment: 'http, db, config, mail, scale, lib and events know nothing of the modules.',
      severity: 'error',
      from: { path: `${SRC}(http|db|config|mail|scale|lib|events)/` },
      to: { path: `${SRC}(modules/|app\\.ts|main\\.ts|cli/|ops/)` },
    },
    {
      name: 'db-never-imports-http',
      comment: 'The data layer knows nothing of HTTP.',
      severity: 'error',
      from: { path: `${SRC}db/` },
      to: { path: `${SRC}http/` },
    },
    {
      name: 'nothing-imports-admin',
      comment: 'Admin sits on top: only the app and the CLI use it.',
      severity: 'error',
      from: { path: MOD, pathNot: [`${MOD}admin/`, NOT_TEST] },
      to: { path: `${MOD}admin/` },
    },
    ...layering,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|\\.test\\.ts$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'server/tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
