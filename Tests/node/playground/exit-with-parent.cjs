// Loaded with `node -r` into processes the tests start: exits when the process that started this one is gone
// (a test run killed mid-way), so no Playground is left listening after its test host died.
'use strict';
const parent = process.ppid;

setInterval(() => {
  let alive = process.ppid === parent;
  if (alive) {
    try {
      process.kill(parent, 0);
    } catch (error) {
      alive = error.code === 'EPERM'; // exists, but owned by someone else
    }
  }
  if (!alive) process.exit(0);
}, 1000).unref();
