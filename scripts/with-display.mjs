#!/usr/bin/env node
// Runs a command with a display, for browsers that need one (WebKitGTK's MiniBrowser): as is when
// DISPLAY or WAYLAND_DISPLAY is set, otherwise under `xvfb-run -a` (a virtual X server).
//
//   node scripts/with-display.mjs <command> [args…]
import { spawnSync } from 'node:child_process';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: node scripts/with-display.mjs <command> [args…]');
  process.exit(2);
}
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const run = hasDisplay ? spawnSync(cmd, args, { stdio: 'inherit' }) : spawnSync('xvfb-run', ['-a', cmd, ...args], { stdio: 'inherit' });
if (run.error?.code === 'ENOENT' && !hasDisplay) {
  console.error('No display and no xvfb-run: apt-get install -y xvfb (Debian), or run with DISPLAY set.');
  process.exit(1);
}
if (run.error) throw run.error;
process.exit(run.status ?? 1);
