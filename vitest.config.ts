import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Two test files at a time on two cores (vitest's default is one fewer than the cores): most
    // files wait on a render worker, pdf.js or Chromium, so one file at a time left a core idle.
    maxWorkers: 2,
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
