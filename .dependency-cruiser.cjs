/**
 * The layers (docs/architecture.md#layers), checked by `npm run lint` (scripts/check-layers.mjs).
 * Main: doors → dispatch → handlers → services → repos; import/, pdf/, packages/ are engines that
 * know no service. Renderer: features → stores → api; generic components know no feature.
 * shared/ imports nothing of main/ or renderer/.
 */
const FEATURES = '^renderer/src/(comments|editor|pdf|reader|secretariat|settings)/';

/* global module */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-process-free',
      comment: 'shared/ is used by main and renderer alike: it imports neither.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(main|renderer)/' },
    },
    {
      name: 'renderer-reaches-main-through-window-api',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/' },
    },
    {
      name: 'core-knows-no-door',
      comment: 'main/core runs under all three doors; no door code in it.',
      severity: 'error',
      from: { path: '^main/core/' },
      to: { path: '^main/(electron|web|cli)/' },
    },
    {
      name: 'doors-go-through-dispatch',
      comment: 'A door calls dispatch (validated); it never calls a handler, service or repo itself.',
      severity: 'error',
      from: { path: '^main/(electron|web|cli)/' },
      to: { path: '^main/core/(handlers|services|db/repos)/' },
    },
    {
      name: 'handlers-below-dispatch',
      severity: 'error',
      from: { path: '^main/core/handlers/' },
      to: { path: '^main/core/dispatch\\.ts$' },
    },
    {
      name: 'services-below-handlers',
      severity: 'error',
      from: { path: '^main/core/services/' },
      to: { path: '^main/core/(handlers/|dispatch\\.ts$)' },
    },
    {
      name: 'repos-below-services',
      comment:
        'Repos hold the SQL and nothing else: no rules, no handlers. The one worker runner is plumbing ' +
        '(the integrity check of a large file runs in a worker), not a layer.',
      severity: 'error',
      from: { path: '^main/core/db/' },
      to: {
        path: '^main/core/(services|handlers|import|pdf|packages|workers)/|^main/core/dispatch\\.ts$',
        pathNot: '^main/core/workers/(run|runner)\\.ts$',
      },
    },
    {
      name: 'engines-know-no-service',
      comment: 'import/, pdf/ and packages/ are engines: services use them, never the other way round.',
      severity: 'error',
      from: { path: '^main/core/(import|pdf|packages)/' },
      to: { path: '^main/core/(services|handlers)/|^main/core/dispatch\\.ts$' },
    },
    {
      name: 'stores-know-no-feature',
      comment: 'renderer features → stores → api: a store never imports a feature folder.',
      severity: 'error',
      from: { path: '^renderer/src/stores/' },
      to: { path: FEATURES },
    },
    {
      name: 'api-knows-no-store-or-feature',
      severity: 'error',
      from: { path: '^renderer/src/api/' },
      to: { path: `${FEATURES}|^renderer/src/(stores|components|views)/` },
    },
    {
      name: 'generic-components-know-no-feature',
      severity: 'error',
      from: { path: '^renderer/src/components/' },
      to: { path: FEATURES },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^out/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
