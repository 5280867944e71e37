#!/usr/bin/env node
// Checks Adaptive Cards with the official parser (npm adaptivecards) plus the rules Microsoft Teams cares about.
//
//   node validate-cards.mjs card1.json card2.json ...
//   node validate-cards.mjs < card.json                  (stdin: one card, or [{"name":..,"card":{..}}, ...])
//   options: --max-bytes N (default 20000), --max-version X.Y (default 1.5)
//
// Prints {"ok":bool,"cards":[{"name","bytes","errors":[{rule,message}],"warnings":[...]}]} on stdout.
// Exit code: 0 no errors and no warnings, 1 some card has an issue, 2 bad usage or unreadable input.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const AC = createRequire(import.meta.url)(path.join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js'));

// Parser events that are advice rather than a broken card; everything else counts as an error.
const ADVISORY = new Set(['Hint', 'Deprecated', 'RequiredInputsShouldHaveLabel', 'RequiredInputsShouldHaveErrorMessage']);

function parseArgs(argv) {
  const options = { files: [], maxBytes: 20000, maxVersion: '1.5' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--max-bytes') options.maxBytes = Number(argv[++i]);
    else if (arg === '--max-version') options.maxVersion = argv[++i];
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (!Number.isFinite(options.maxBytes) || options.maxBytes <= 0) throw new Error('--max-bytes needs a positive number');
  if (!/^\d+\.\d+$/.test(options.maxVersion ?? '')) throw new Error('--max-version needs a version like 1.5');
  return options;
}

function readInputs(files) {
  if (files.length > 0) return files.map((file) => ({ name: file, card: JSON.parse(fs.readFileSync(file, 'utf8')) }));
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  return Array.isArray(input) ? input.map((item, i) => ({ name: item.name ?? `card ${i + 1}`, card: item.card })) : [{ name: 'stdin', card: input }];
}

function versionNumber(text) {
  const match = /^(\d+)\.(\d+)$/.exec(text ?? '');
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

// The official parser: parse events (unknown types, bad values, features newer than the declared version)
// and the card's own validation (duplicate ids, inputs without id, unsupported version ...).
function parserIssues(json, report) {
  const card = new AC.AdaptiveCard();
  const declared = versionNumber(json.version);
  const context = new AC.SerializationContext(declared ? new AC.Version(declared.major, declared.minor) : undefined);
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  for (const event of events) {
    const name = AC.ValidationEvent[event.event] ?? String(event.event);
    report(ADVISORY.has(name) ? 'warning' : 'error', `parser.${name}`, event.message);
  }
}

function walk(node, visit) {
  if (Array.isArray(node)) { node.forEach((child) => walk(child, visit)); return; }
  if (node === null || typeof node !== 'object') return;
  visit(node);
  // An action's data is the bot's own payload, not card content.
  Object.entries(node).forEach(([key, child]) => { if (key !== 'data') walk(child, visit); });
}

// What Teams needs beyond the schema.
function teamsIssues(json, bytes, options, report) {
  if (json.type !== 'AdaptiveCard') report('error', 'teams.type', `the root type must be "AdaptiveCard", not ${JSON.stringify(json.type)}`);
  const version = versionNumber(json.version);
  const max = versionNumber(options.maxVersion);
  if (!version) report('error', 'teams.version', `"version" must be a string like "1.5", not ${JSON.stringify(json.version)}`);
  else if (version.major > max.major || (version.major === max.major && version.minor > max.minor)) {
    report('error', 'teams.version', `version ${json.version} is newer than ${options.maxVersion}, the most Teams renders`);
  }
  if (bytes > options.maxBytes) report('error', 'teams.size', `the card is ${bytes} bytes; keep it under ${options.maxBytes} (Teams rejects messages over about 28 KB)`);
  walk(json, (node) => {
    const type = typeof node.type === 'string' ? node.type : '';
    if (type === 'Action.Execute' && !(typeof node.verb === 'string' && node.verb.trim())) {
      report('error', 'teams.executeVerb', `Action.Execute "${node.title ?? ''}" has no verb`);
    }
    if (type.startsWith('Input.') && !(typeof node.id === 'string' && node.id.trim())) {
      report('error', 'teams.inputId', `${type} has no id, so its value never reaches the bot`);
    }
    if (type === 'TextBlock' && !(typeof node.text === 'string' && node.text.trim())) {
      report('warning', 'teams.emptyText', 'a TextBlock has no text (missing data?)');
    }
  });
}

function validate({ name, card }, options) {
  const result = { name, bytes: 0, errors: [], warnings: [] };
  const report = (severity, rule, message) => (severity === 'error' ? result.errors : result.warnings).push({ rule, message });
  if (card === null || typeof card !== 'object' || Array.isArray(card)) {
    report('error', 'json', 'the card is not a JSON object');
    return result;
  }
  result.bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  try {
    parserIssues(card, report);
  } catch (error) {
    report('error', 'parser.exception', String(error?.message ?? error));
  }
  teamsIssues(card, result.bytes, options, report);
  return result;
}

try {
  const options = parseArgs(process.argv.slice(2));
  const cards = readInputs(options.files).map((input) => validate(input, options));
  const ok = cards.every((c) => c.errors.length === 0 && c.warnings.length === 0);
  process.stdout.write(JSON.stringify({ ok, cards }) + '\n');
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  process.stderr.write(`validate-cards: ${error?.message ?? error}\n`);
  process.exitCode = 2;
}
