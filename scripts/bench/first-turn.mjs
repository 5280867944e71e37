#!/usr/bin/env node
// Cold start: launches the bot command given after "--", then sends one Teams-like "trợ giúp" message every 20 ms
// until the bot answers it (POST 200 and its reply received by this script's mock connector). Prints one JSON line:
// {"first_turn_ms": time from launch to that answered turn, "health_ms": time until /health first answered}.
// The bot is stopped afterwards. Usage: node first-turn.mjs --port 3978 -- dotnet Bot/bin/Release/net10.0/EmulationBot.dll --urls ...
import http from 'node:http';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const split = args.indexOf('--');
const port = Number(args[args.indexOf('--port') + 1] || 3978);
const command = args.slice(split + 1);
if (split < 0 || command.length === 0) { console.error('usage: first-turn.mjs --port P -- <bot command>'); process.exit(2); }

let replied = false;
const connector = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (req.method === 'POST' && req.url.includes('/activities')) replied = true;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"r1"}');
  });
});
await new Promise(r => connector.listen(0, '127.0.0.1', r));
const serviceUrl = `http://127.0.0.1:${connector.address().port}/amer/`;

const t0 = performance.now();
const bot = spawn(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
let healthMs = null;
const deadline = t0 + 30000;

const activity = () => JSON.stringify({
  type: 'message', id: `m-${Date.now()}`, channelId: 'msteams', serviceUrl, locale: 'vi-VN', text: 'trợ giúp',
  timestamp: new Date().toISOString(),
  from: { id: '29:cold-start-user', name: 'Người dùng', aadObjectId: '00000000-0000-0000-0000-0000000c01d5' },
  recipient: { id: '28:bot', name: 'EmulationBot' },
  conversation: { id: 'a:cold-start', conversationType: 'personal', tenantId: 't' },
  channelData: { tenant: { id: 't' } },
});

async function tryTurn() {
  try {
    if (healthMs === null) {
      const h = await fetch(`http://127.0.0.1:${port}/health`);
      if (h.ok) healthMs = performance.now() - t0; else return false;
    }
    const r = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity() });
    await r.arrayBuffer();
    return r.status >= 200 && r.status < 300 && replied;
  } catch { return false; }
}

let ok = false;
while (performance.now() < deadline) {
  if (await tryTurn()) { ok = true; break; }
  await new Promise(r => setTimeout(r, 20));
}
const firstTurnMs = performance.now() - t0;
bot.kill('SIGTERM');
connector.close();
if (!ok) { console.error('the bot did not answer within 30 s'); process.exit(1); }
console.log(JSON.stringify({ first_turn_ms: Math.round(firstTurnMs), health_ms: healthMs && Math.round(healthMs) }));
process.exit(0);
