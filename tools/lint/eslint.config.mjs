// The rules that catch real bugs in the builtin JS, nothing about style: a name used but
// never defined, a value computed and never used, a duplicate key or declaration, a
// write to a constant. Builtin scripts are plain scripts that get `__bootstrap` as their
// parameter (see crates/core/README.md).
import globals from 'globals';

export default [
  {
    files: ['**/*.js'],
    languageOptions: {
      ecmaVersion: 2025,
      sourceType: 'script',
      globals: {
        ...globals.es2025,
        ...globals.node,
        __bootstrap: 'readonly',
        // QuickJS's own error class, looked for with typeof where the engine has it.
        InternalError: 'readonly',
        Float16Array: 'readonly',
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'no-undef': 'error',
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }],
      'no-dupe-keys': 'error',
      'no-dupe-class-members': 'error',
      'no-redeclare': 'error',
      'no-const-assign': 'error',
      'no-dupe-else-if': 'error',
      'no-duplicate-case': 'error',
      'no-self-assign': 'error',
      'no-unreachable': 'error',
    },
  },
];
