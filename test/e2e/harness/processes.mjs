// Processes and ports: every child runs in its own process group, and a group is killed as a whole,
// also when this process dies without cleaning up.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { sleep } from './wait.mjs';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

const liveGroups = new Set();
/** Notes a child's process group, killed when this process exits; untrackGroup when it is gone. */
export function trackGroup(pid) { if (pid) liveGroups.add(pid); }
export function untrackGroup(pid) { liveGroups.delete(pid); }
process.on('exit', () => { for (const pid of liveGroups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } });
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => { for (const pid of liveGroups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } process.exit(130); });
}

function alive(pid) { try { process.kill(pid, 0); return true; } catch { return false; } }
function groupAlive(pid) { try { process.kill(-pid, 0); return true; } catch { return false; } }

/** A detached watchdog shell: once this process is gone (even killed with SIGKILL, when no exit
 *  handler runs), it SIGKILLs the given process groups. Returns its pid (a group of its own). */
export function watchdog(pgids, { rmDir } = {}) {
  const groups = pgids.filter(Boolean).map(Number).join(' ');
  const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; for g in ${groups}; do kill -KILL -- -$g 2>/dev/null; done` +
    (rmDir ? '; sleep 1; rm -rf -- "$1"' : '');
  const child = spawn('bash', ['-c', script, 'watchdog', ...(rmDir ? [rmDir] : [])], { detached: true, stdio: 'ignore' });
  child.unref();
  return child.pid;
}

/** Pids of this process's children whose command name is comm (read from /proc). */
export function childPids(comm) {
  const out = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && name === comm) out.push(Number(d));
    } catch { /* exited meanwhile */ }
  }
  return out;
}

/** SIGTERM the process group of pid, wait up to graceMs, then SIGKILL it. */
export async function killGroup(pid, graceMs = 5000) {
  if (!pid) return;
  try { process.kill(-pid, 'SIGTERM'); } catch { /* already gone */ }
  const end = Date.now() + graceMs;
  while (Date.now() < end && (groupAlive(pid) || alive(pid))) await sleep(100);
  if (groupAlive(pid)) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
  untrackGroup(pid);
}
