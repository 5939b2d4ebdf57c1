/*
 * Lets `node -r ./swcRegister.js bot/main.ts` run the TypeScript sources directly, transpiled file by file with
 * SWC (as jest does): tests start the real entry point, the bots and the load generator without a build into dist/.
 */
const { transformFileSync } = require('@swc/core');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformFileSync(filename, {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
    swcrc: false,
  });
  module._compile(code, filename);
};
