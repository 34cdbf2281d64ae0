#!/usr/bin/env node
// The `handouts` command. The TypeScript is compiled to dist/ by `npm run compile`
// (run automatically by `npm ci` through the `prepare` script).
process.env.NODE_ENV ??= 'production';
const { main } = await import('../dist/src/cli/main.js');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
