/**
 * A virtual desktop for what only the browser's own interface can do: keyboard commands, the context menu and
 * the real side panel are handled by the browser window, not by the page, so a page-level driver (Playwright,
 * WebDriver BiDi) cannot press them. Here a headed browser runs on an Xvfb display and real X input events are
 * sent with xdotool (through the XTEST extension, as a keyboard and a mouse would), to the focused window.
 *
 * - Xvfb and xdotool (Debian: `apt-get install xvfb xdotool`) are looked up on PATH. Without them the suites
 *   that need a desktop skip with a loud warning, unless CI=true or NEWSBRIEF_REQUIRE_BROWSER=1, where they fail.
 * - Each suite starts its own display; Xvfb picks a free display number itself (-displayfd).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { BROWSER_REQUIRED } from './harness';

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

const XVFB = onPath('Xvfb');
const XDOTOOL = onPath('xdotool');
/** Both tools are there: a desktop can be made. */
export const DESKTOP = XVFB !== null && XDOTOOL !== null;

if (!DESKTOP) {
  const banner = '!'.repeat(100);
  const missing = [XVFB ? null : 'Xvfb', XDOTOOL ? null : 'xdotool'].filter(Boolean).join(' and ');
  const line = BROWSER_REQUIRED
    ? `NO ${missing} FOUND and a browser is required (CI=true or NEWSBRIEF_REQUIRE_BROWSER=1): the ` +
      'keyboard-command and context-menu tests FAIL.'
    : `NO ${missing} FOUND: the keyboard-command and context-menu tests are SKIPPED. ` +
      'Install them (apt-get install xvfb xdotool).';
  console.warn(`\n${banner}\n${line}\n${banner}\n`);
}

export const SCREEN = { width: 1280, height: 1024 };

export interface Desktop {
  /** ":N", for the browser's DISPLAY. */
  display: string;
  /** Runs xdotool on this display and returns what it printed. */
  xdotool(...args: string[]): string;
  /** The visible top-level windows, by X id. */
  windows(): string[];
  /** The browser's main window, by its X class ("chromium", "firefox"). */
  browserWindow(className: string): string;
  /** Focuses the window (no window manager runs here, so focus is set directly) and puts the pointer on it. */
  focus(window: string): void;
  /** Presses a key chord on the focused window, e.g. "alt+shift+o". */
  press(...keys: string[]): void;
  close(): Promise<void>;
}

/**
 * The window focused and `page` in front holding the keyboard focus, as after a reader clicks into it, so keys
 * reach the browser window the page is in (Chromium reports the focus through document.hasFocus()).
 */
export async function focusChromiumPage(desk: Desktop, page: Page): Promise<void> {
  await page.bringToFront();
  desk.focus(desk.browserWindow('chromium'));
  await expect.poll(() => page.evaluate(() => document.hasFocus()), { timeout: 10_000 }).toBe(true);
}

export async function startDesktop(): Promise<Desktop> {
  if (!XVFB || !XDOTOOL) throw new Error('No Xvfb or xdotool');
  const screen = `${SCREEN.width}x${SCREEN.height}x24`;
  // Xvfb writes the display number it chose on file descriptor 3, once it accepts connections.
  const server: ChildProcess = spawn(XVFB, ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    server.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    server.stdio[3]!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    server.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
  });
  const display = `:${number}`;
  const xdotool = (...args: string[]): string =>
    execFileSync(XDOTOOL, args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' }).trim();
  return {
    display,
    xdotool,
    windows() {
      try {
        return xdotool('search', '--onlyvisible', '--maxdepth', '1', '--name', '.*').split('\n');
      } catch {
        return []; // xdotool exits with 1 when nothing matches.
      }
    },
    browserWindow(className) {
      const found = xdotool('search', '--onlyvisible', '--class', className).split('\n').at(-1);
      if (!found) throw new Error(`No ${className} window on ${display}`);
      return found;
    },
    focus(window) {
      xdotool('windowfocus', '--sync', window);
      xdotool('mousemove', '--window', window, '10', '10');
    },
    press(...keys) {
      xdotool('key', '--clearmodifiers', ...keys);
    },
    async close() {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await exited;
    },
  };
}
