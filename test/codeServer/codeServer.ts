/**
 * Runs real VS Code (code-server's web workbench and Node extension host) headless on this
 * machine, as /work/shared/HEADLESS-VSCODE.md describes: install-if-needed, a clean profile, a
 * free loopback port, Debian's Chromium driven by playwright-core.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import { REPO_ROOT } from '../vscode/testWorkspace';

const CODE_SERVER_BIN = path.join(REPO_ROOT, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');
/** VS Code's own node_modules inside code-server (vscode-textmate, vscode-oniguruma, …). */
export const VSCODE_NODE_MODULES = path.join(REPO_ROOT, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A clean profile: no trust dialog, no welcome page, nothing that reaches for the network. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export function installCodeServer(): void {
  const result = spawnSync('bash', [path.join(REPO_ROOT, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`scripts/install-code-server.sh failed with exit code ${result.status}`);
  }
}

export interface CodeServer {
  /** `host:port`, the authority of the server's `vscode-remote` URIs. */
  authority: string;
  /** The workbench URL opening `folder`, loading `payload` (extensionDevelopmentPath, extensionTestsPath). */
  workbenchUrl(folder: string, payload: Record<string, string>): string;
  /** Ends code-server with its extension hosts and language servers. */
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function codeServerArgs(profileDir: string): string[] {
  return ['--user-data-dir', path.join(profileDir, 'user-data'), '--extensions-dir', path.join(profileDir, 'extensions')];
}

/** Makes a clean profile (user-data and extensions dirs) under `profileDir`. */
export function createProfile(profileDir: string, extraSettings: Record<string, unknown> = {}): void {
  const userDir = path.join(profileDir, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.mkdirSync(path.join(profileDir, 'extensions'), { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extraSettings }, null, 2));
}

/** Starts code-server on a free loopback port with the profile in `profileDir`; resolves once it listens. */
export async function startCodeServer(profileDir: string, log: (line: string) => void): Promise<CodeServer> {
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    CODE_SERVER_BIN,
    [
      '--auth', 'none',
      '--bind-addr', authority,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      ...codeServerArgs(profileDir),
    ],
    // Its own process group, so that stopping it also ends the extension host and the language server.
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  // Whatever way the runner ends (an error, a time limit, Ctrl+C), code-server must not outlive it.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => process.exit(130));
  }
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (data: Buffer) => {
      const text = data.toString();
      output += text;
      text.split('\n').filter(Boolean).forEach(line => log(`[code-server] ${line}`));
      if (output.includes('HTTP server listening')) {
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', code => reject(new Error(`code-server exited with code ${code} before listening:\n${output}`)));
    child.once('error', reject);
  }).catch(error => {
    stop();
    throw error;
  });
  return {
    authority,
    workbenchUrl(folder, payload) {
      const remote = (file: string) => `vscode-remote://${authority}${file}`;
      const entries = Object.entries(payload).map(([key, file]) => [key, remote(file)]);
      return `http://${authority}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
    },
    stop,
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export async function newWorkbenchPage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 1400, height: 860 } });
}

/** Packages the built extension as a user gets it (`vsce package`, files per .vscodeignore) into `vsix`. */
export function packageVsix(vsix: string): void {
  const vsce = require.resolve('@vscode/vsce/vsce');
  const result = spawnSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--no-update-package-json', '--out', vsix],
    { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    throw new Error(`vsce package failed:\n${result.stdout}${result.stderr}`);
  }
}

/** Installs a .vsix into the profile's extensions dir, as `code-server --install-extension` does for a user. */
export function installVsix(profileDir: string, vsix: string): void {
  const result = spawnSync(CODE_SERVER_BIN, [...codeServerArgs(profileDir), '--install-extension', vsix], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${vsix} failed:\n${result.stdout}${result.stderr}`);
  }
}

/** Rejects after `ms` with `message`, for the overall time limits of the runners. */
export function timeout(ms: number, message: string): { promise: Promise<never>; clear(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}
