#!/usr/bin/env node
// Offline validation of a Teams app package, against the schemas bundled in @microsoft/app-manifest and the
// package rules the Teams upload enforces (file layout, icons, localization).
//
//   node Manifest/tools/validate.mjs <appPackage.zip | folder>
//
// Prints one line per problem ("ERROR <file> <field>: …", "WARN  …") and a summary. Exit code 0 = valid
// (warnings allowed), 1 = errors found, 2 = bad usage, unreadable input or the Node tools not installed.
import { existsSync } from 'node:fs';
import { checkPackage } from './check-package.mjs';
import { formatProblem, Problems } from './problems.mjs';
import { readPackage } from './read-package.mjs';
import { schemasInstalled } from './schemas.mjs';

const [input, ...rest] = process.argv.slice(2);
if (!input || rest.length > 0 || input.startsWith('-')) {
  console.error('usage: node Manifest/tools/validate.mjs <appPackage.zip | folder holding manifest.json>');
  process.exit(2);
}
if (!existsSync(input)) {
  console.error(`validate: ${input} does not exist`);
  process.exit(2);
}
if (!schemasInstalled()) {
  console.error('validate: the manifest schemas are not installed; run "npm ci" in Tests/node first');
  process.exit(2);
}

let pkg;
try {
  pkg = readPackage(input);
} catch (error) {
  console.error(`validate: cannot read ${input}: ${error.message}`);
  process.exit(2);
}

let problems;
if (pkg.layoutError) {
  problems = new Problems();
  problems.error('manifest.json', '', pkg.layoutError);
} else {
  try {
    problems = checkPackage(pkg.files);
  } catch (error) {
    console.error(`validate: could not check ${input}: ${error.stack ?? error}`);
    process.exit(2);
  }
}
for (const problem of problems.list) console.log(formatProblem(problem));
const errors = problems.errors.length;
const warnings = problems.warnings.length;
console.log(errors === 0
  ? `OK: ${input} is a valid Teams app package (${warnings} warning(s))`
  : `FAILED: ${input}: ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors === 0 ? 0 : 1);
