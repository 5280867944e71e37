// Loaded with `node -r` before the Agents Playground. The Playground calls server.listen(port) without a
// host, which listens on every interface; this makes every TCP server in the process bind to 127.0.0.1.
'use strict';
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const listen = net.Server.prototype.listen;

function isPortArgument(value) {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

net.Server.prototype.listen = function loopbackListen(...args) {
  const [first] = args;
  if (isPortArgument(first)) {
    // listen(port[, host][, backlog][, callback]): add the host unless one was given.
    if (typeof args[1] !== 'string') args.splice(1, 0, LOOPBACK);
  } else if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    // listen(options[, callback]): TCP options without a host; leave pipes, fds and handles alone.
    const isTcp = first.path === undefined && first.fd === undefined && first.handle === undefined && first._handle === undefined;
    if (isTcp && !first.host) args[0] = { ...first, host: LOOPBACK };
  } else if (first === undefined || typeof first === 'function') {
    // listen() or listen(callback): a random port, on loopback.
    args.unshift(0, LOOPBACK);
  }
  return listen.apply(this, args);
};
