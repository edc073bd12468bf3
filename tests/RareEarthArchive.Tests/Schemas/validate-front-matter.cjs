// Validates the YAML front matter of content files against the JSON Schemas the way an editor does:
// the `yaml` package (the parser yaml-language-server uses, YAML 1.2 core schema) and Ajv 8 for draft 2020-12
// with ajv-formats (so "format": "date" is checked, as the YAML language server does).
// Usage: node validate-front-matter.cjs SCHEMA_DIR source:FILE claim:FILE config:FILE ...
// Prints one JSON object: { "<FILE>": { "valid": bool, "errors": [ "..."] } }.
"use strict";
const fs = require("fs");
const path = require("path");
const YAML = require("yaml");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const [schemaDir, ...items] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, strictNumbers: true });
addFormats(ajv);
const validators = {
  source: ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, "source.schema.json"), "utf8"))),
  claim: ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, "claim.schema.json"), "utf8"))),
  config: ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, "site-config.schema.json"), "utf8"))),
};

// The same split as the checker's FrontMatter.Split: a first line '---', YAML up to the next '---' line.
function frontMatter(text) {
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  if (lines[0].trimEnd() !== "---") return null;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trimEnd() === "---") return lines.slice(1, i).join("\n");
  }
  return null;
}

const results = {};
for (const item of items) {
  const colon = item.indexOf(":");
  const kind = item.slice(0, colon);
  const file = item.slice(colon + 1);
  const text = fs.readFileSync(file, "utf8");
  const yamlText = kind === "config" ? text : frontMatter(text);
  if (yamlText === null) {
    results[file] = { valid: false, errors: ["no front matter"] };
    continue;
  }
  const doc = YAML.parseDocument(yamlText, { version: "1.2", uniqueKeys: true });
  if (doc.errors.length > 0) {
    results[file] = { valid: false, errors: doc.errors.map(e => "YAML: " + e.message) };
    continue;
  }
  const value = doc.toJS();
  const validate = validators[kind];
  const valid = validate(value);
  results[file] = { valid, errors: valid ? [] : validate.errors.map(e => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`) };
}
process.stdout.write(JSON.stringify(results));
