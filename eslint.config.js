// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The layers (README, "How it is built"), enforced. tsconfig.logic.json and tsconfig.worker.json keep the DOM out of
// src/logic and the worker; these rules keep the imports in line. Type-only imports cross layers freely: they
// carry no code.
const TFJS = { regex: '^@tensorflow(-models)?/', message: 'tfjs lives in the worker (src/ml via src/worker/pipeline.worker.ts) only.' };
/** src/ml outside the worker: types, and the modules that are tfjs-free by design. The rest pulls tfjs in. */
const ML_EXCEPT_TFJS_FREE = (message) => ({ regex: '(^|/)ml/(?!(pipeline-types|model-paths)(\\.ts)?$)', allowTypeImports: true, message });
const LAB_ONLY = {
  regex: '(^|/)src/(io|controllers|worker|components|lab)/',
  allowTypeImports: true,
  message: 'Scripts drive the page through the lab (scripts/lib/lab.ts); import its types only.',
};
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'models/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.worker } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure TS: no tfjs, no Lit, nothing from the other layers (its tests may read fixtures with node:fs).
    files: ['src/logic/**/*.ts'],
    ignores: ['src/logic/**/*.test.ts'],
    rules: restrict(TFJS, { regex: '^lit(/|$)|(^|/)\\.\\./(ml|io|controllers|worker|components|lab|i18n|eval)/', message: 'src/logic imports only src/logic.' }),
  },
  {
    // The tests of src/logic may also use the evaluation helpers (seeded randomness, synthetic sequences, fixtures).
    files: ['src/logic/**/*.test.ts'],
    rules: restrict(TFJS, { regex: '^lit(/|$)|(^|/)\\.\\./(ml|io|controllers|worker|components|lab|i18n)/', message: 'Tests of src/logic import src/logic and src/eval only.' }),
  },
  {
    // Evaluation: metrics and synthetic sequences for the tests and the scripts, on top of src/logic; the page never
    // loads them.
    files: ['src/eval/**/*.ts'],
    rules: restrict(TFJS, { regex: '^lit(/|$)|(^|/)\\.\\./(ml|io|controllers|worker|components|lab|i18n)/', message: 'src/eval imports only src/logic and src/eval.' }),
  },
  {
    // The page: Lit elements and the main-thread controllers never load tfjs.
    files: ['src/components/**/*.ts', 'src/io/**/*.ts', 'src/controllers/**/*.ts'],
        rules: restrict(TFJS, ML_EXCEPT_TFJS_FREE('Only tfjs-free modules (and types) from src/ml in the page: the rest pulls tfjs in.')),
  },
  {
    // Node CLIs reach the page's code through the lab page (scripts/lib/lab.ts), never by importing it; pure
    // src/logic is shared.
    files: ['scripts/**/*.ts', 'scripts/**/*.mts'],
    rules: restrict(LAB_ONLY, ML_EXCEPT_TFJS_FREE('Scripts run the pipeline through the lab page, not in Node (training aside).')),
  },
  {
    // Exceptions, where Node must run the page's own network code (tfjs in Node) so that what they produce is
    // exactly the page's: training the classifier, converting YuNet's weights
    // into its port, eval:detect's threshold sweep (every threshold on one detection pass, no page needed), and
    // eval:peer, which judges the page on the very faces and answers `npm run train` measures (scripts/train/page-pipeline.ts).
    files: ['scripts/train/**/*.ts', 'scripts/train/**/*.mts', 'scripts/convert-yunet.mts', 'scripts/eval-detect.mts', 'scripts/eval-peer.mts'],
    rules: restrict(LAB_ONLY),
  },
);
