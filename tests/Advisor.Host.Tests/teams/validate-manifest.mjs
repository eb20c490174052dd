// Validates Teams app manifests against the official schema bundled in @microsoft/app-manifest,
// fully offline (issue 7; protocol doc §6.7): the schema file is chosen from the manifest's
// $schema URL and handed to the validator, so it never fetches anything.
//   node validate-manifest.mjs MANIFEST.json...
// Prints one JSON line per manifest ({ file, valid, errors }); exit 0 if all are valid, 1 if any
// is not, 2 on a usage or setup error (e.g. `npm ci` not run, or a schema version not bundled).
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const schemaPrefix = "https://developer.microsoft.com/json-schemas/teams/";
const require = createRequire(import.meta.url);

function fail(message) {
  console.error(message);
  process.exit(2);
}

let AppManifestUtils, packageRoot;
try {
  ({ AppManifestUtils } = require("@microsoft/app-manifest"));
  packageRoot = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
} catch {
  fail("@microsoft/app-manifest is not installed: run `npm ci` in tests/Advisor.Host.Tests/teams");
}

async function validate(file) {
  const manifest = JSON.parse((await readFile(file, "utf8")).replace(/^\uFEFF/, ""));
  const url = manifest.$schema ?? "";
  if (!url.startsWith(schemaPrefix)) {
    return { file, valid: false, errors: [`$schema must start with ${schemaPrefix} (got '${url}')`] };
  }
  const schemaFile = path.join(packageRoot, "build", "json-schemas", "teams", url.substring(schemaPrefix.length));
  if (!existsSync(schemaFile)) {
    fail(`schema ${url} is not bundled in @microsoft/app-manifest (${schemaFile})`);
  }
  const schema = JSON.parse(await readFile(schemaFile, "utf8"));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  return { file, valid: errors.length === 0, errors };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  fail("usage: node validate-manifest.mjs MANIFEST.json...");
}
let allValid = true;
for (const file of files) {
  const result = await validate(file);
  allValid &&= result.valid;
  console.log(JSON.stringify(result));
}
process.exit(allValid ? 0 : 1);
