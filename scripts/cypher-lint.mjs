#!/usr/bin/env node
// Lints Cypher with Neo4j's Cypher 5 linter (npm @neo4j-cypher/language-support, lintCypherQuery).
//   stdin:  JSON array of {"name": "...", "cypher": "..."} (or of plain strings)
//   stdout: JSON array of {"name", "diagnostics": [{"message", "severity", "line", "character", "parameter"}]}
//           ("parameter": true for "Parameter $x is not defined.", which only means no value was given)
// The package is installed once with npm into ${KG_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/knowledgegraph}, never
// into the repository. `node scripts/cypher-lint.mjs --install` only installs it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

const VERSION = '2.0.0-next.38';
const PACKAGE = '@neo4j-cypher/language-support';
const cache = process.env.KG_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'knowledgegraph');
const prefix = join(cache, `cypher-lint-${VERSION}`);

function ensureInstalled() {
  if (existsSync(join(prefix, 'node_modules', PACKAGE, 'package.json'))) return;
  mkdirSync(prefix, { recursive: true });
  writeFileSync(join(prefix, 'package.json'), '{"private": true}\n');
  process.stderr.write(`cypher-lint: installing ${PACKAGE}@${VERSION} into ${prefix}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', `${PACKAGE}@${VERSION}`],
    { cwd: prefix, stdio: ['ignore', 'ignore', 'inherit'] });
}

ensureInstalled();
if (process.argv.includes('--install')) process.exit(0);

const { lintCypherQuery } = createRequire(join(prefix, 'package.json'))(PACKAGE);
const input = JSON.parse(readFileSync(0, 'utf8'));
const out = input.map((item, i) => {
  const { name, cypher } = typeof item === 'string' ? { name: `#${i}`, cypher: item } : item;
  const { diagnostics } = lintCypherQuery(cypher, { defaultLanguage: 'CYPHER 5' });
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      message: d.message,
      severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
      line: d.range.start.line + 1,
      character: d.range.start.character + 1,
      parameter: d.message.startsWith('Parameter ') && d.message.endsWith(' is not defined.'),
    })),
  };
});
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
