/**
 * Build step for the popup and side panel pages: their own module scripts (React and the view) and the module
 * preloads Vite adds for them are moved into a <template> right after the early request's script, which inserts
 * them once it has asked for the brief (entrypoints/early-brief.ts). Left in the page, they are all requested with
 * the early script as the page starts loading, and that small script's answer came in behind them; the view's
 * modules also then loaded and compiled on the extension's renderer thread while the brief was being made there
 * (the offscreen extraction document shares that thread). Pages without the early script are left as they are.
 */
import type { Plugin } from 'vite';
import { VIEW_MODULES_TEMPLATE_ID } from '../../components/earlyRequest';

const EARLY_SCRIPT = '<script src="/early-brief.js"></script>';
/** The tags Vite writes for an HTML entry's module graph: its module scripts and their module preloads. */
const MODULE_TAGS = /\s*<script type="module"[^>]*><\/script>|\s*<link rel="modulepreload"[^>]*>/g;

export function deferViewModules(html: string): string {
  if (!html.includes(EARLY_SCRIPT)) return html;
  const tags = html.match(MODULE_TAGS) ?? [];
  if (tags.length === 0) return html;
  const rest = html.replace(MODULE_TAGS, '');
  const at = rest.indexOf(EARLY_SCRIPT) + EARLY_SCRIPT.length;
  const held = `\n    <template id="${VIEW_MODULES_TEMPLATE_ID}">${tags.join('')}\n    </template>`;
  return `${rest.slice(0, at)}${held}${rest.slice(at)}`;
}

/** The Vite plugin (builds only: the dev server writes its own tags). */
export function deferViewModulesPlugin(): Plugin {
  return {
    name: 'newsbrief:defer-view-modules',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => deferViewModules(html) },
  };
}
