// ESLint over the TypeScript tree: the recommended rules, less those tsc already enforces
// (unused names) and those the code uses on purpose (`any` in tests and at GraphQL edges).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'test-output/**', 'generated/**', 'test/bench/postgraphile/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
      'no-unused-vars': 'off',
      'no-undef': 'off',
      // Input guards and parsers match control characters on purpose (NUL, escapes).
      'no-control-regex': 'off',
    },
  },
);
