/**
 * The layers (docs/architecture.md#layers), checked by `npm run lint` (scripts/check-layers.mjs).
 * Main: doors → dispatch → handlers → services → repos; import/, pdf/, packages/ are engines that
 * know no service. Renderer: features → stores → api; generic components know no feature.
 * shared/ imports nothing of main/ or renderer/.
 */
const FEATURES = '^renderer/src/(comments|editor|pdf|reader|secretariat|settings)/';

/**
 * One forbidden dependency: files under `from` must not import files under `to` (path regexps);
 * `toNot` names the exceptions.
 */
const layer = (name, from, to, { comment, toNot } = {}) => ({
  name,
  ...(comment ? { comment } : {}),
  severity: 'error',
  from: { path: from },
  to: toNot ? { path: to, pathNot: toNot } : { path: to },
});

/* global module */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    layer('shared-is-process-free', '^shared/', '^(main|renderer)/', {
      comment: 'shared/ is used by main and renderer alike: it imports neither.',
    }),
    layer('renderer-reaches-main-through-window-api', '^renderer/', '^main/'),
    layer('core-knows-no-door', '^main/core/', '^main/(electron|web|cli)/', {
      comment: 'main/core runs under all three doors; no door code in it.',
    }),
    layer('doors-go-through-dispatch', '^main/(electron|web|cli)/', '^main/core/(handlers|services|db/repos)/', {
      comment: 'A door calls dispatch (validated); it never calls a handler, service or repo itself.',
    }),
    layer('handlers-below-dispatch', '^main/core/handlers/', '^main/core/dispatch\\.ts$'),
    layer('services-below-handlers', '^main/core/services/', '^main/core/(handlers/|dispatch\\.ts$)'),
    layer(
      'repos-below-services',
      '^main/core/db/',
      '^main/core/(services|handlers|import|pdf|packages|workers)/|^main/core/dispatch\\.ts$',
      {
        comment:
          'Repos hold the SQL and nothing else: no rules, no handlers. The one worker runner is plumbing ' +
          '(the integrity check of a large file runs in a worker), not a layer.',
        toNot: '^main/core/workers/(run|runner)\\.ts$',
      },
    ),
    layer(
      'engines-know-no-service',
      '^main/core/(import|pdf|packages)/',
      '^main/core/(services|handlers)/|^main/core/dispatch\\.ts$',
      {
        comment: 'import/, pdf/ and packages/ are engines: services use them, never the other way round.',
      },
    ),
    layer('stores-know-no-feature', '^renderer/src/stores/', FEATURES, {
      comment: 'renderer features → stores → api: a store never imports a feature folder.',
    }),
    layer('api-knows-no-store-or-feature', '^renderer/src/api/', `${FEATURES}|^renderer/src/(stores|components|views)/`),
    layer('generic-components-know-no-feature', '^renderer/src/components/', FEATURES),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^out/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
