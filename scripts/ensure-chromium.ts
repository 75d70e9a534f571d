/**
 * Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests, with a Japanese
 * font (fonts-noto-cjk) so the layout checks (320 px, touch targets) measure real glyphs.
 * Idempotent and silent when both are there; installs them with apt-get, never downloads a
 * browser build of its own.
 *
 *   npx tsx scripts/ensure-chromium.ts
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const FONTS = 'fonts-noto-cjk';

function fail(message: string): never {
  console.error(`ensure-chromium: ERROR: ${message}`);
  process.exit(1);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const debInstalled = (pkg: string) =>
  (spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout ?? '').includes('install ok installed');

const need = [...(isExecutable(CHROMIUM) ? [] : ['chromium']), ...(debInstalled(FONTS) ? [] : [FONTS])];
if (need.length === 0) process.exit(0);

console.error(`ensure-chromium: installing ${need.join(' ')} with apt-get`);
if (!onPath('apt-get')) fail(`apt-get not found; install ${need.join(' ')} by hand (${CHROMIUM} is expected)`);
let sudo: string[] = [];
if (process.getuid?.() !== 0) {
  if (!onPath('sudo')) fail(`not root and no sudo; cannot install ${need.join(' ')}`);
  sudo = ['sudo', '-n'];
}

const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
let log = '';
for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...need]]) {
  const [command, ...rest] = [...sudo, 'apt-get', ...args] as [string, ...string[]];
  const result: SpawnSyncReturns<string> = spawnSync(command, rest, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  log += `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    console.error(`ensure-chromium: ERROR: apt-get failed to install ${need.join(' ')}:`);
    console.error(log.trimEnd().split('\n').slice(-40).join('\n'));
    process.exit(1);
  }
}

if (!isExecutable(CHROMIUM)) fail(`chromium was installed but ${CHROMIUM} is still missing`);
// Debian's wrapper script may print a harmless shell warning on stderr; only stdout matters.
const version = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim();
console.error(`ensure-chromium: ready: ${version || 'chromium'}`);
