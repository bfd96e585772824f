/**
 * scripts/lib/defer-view-modules.ts: the popup's and side panel's module tags held back in a template after the
 * early request's script, so that the early script is fetched alone.
 */
import { describe, expect, it } from 'vitest';
import { VIEW_MODULES_TEMPLATE_ID } from '../../components/earlyRequest';
import { deferViewModules } from '../../scripts/lib/defer-view-modules';

const BUILT = `<!DOCTYPE html>
<html>
  <head>
    <title>x</title>
    <script src="/early-brief.js"></script>
    <script type="module" crossorigin src="/chunks/popup-1.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/runtime-2.js">
    <link rel="modulepreload" crossorigin href="/chunks/mount-3.js">
    <link rel="stylesheet" crossorigin href="/assets/mount-4.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

/** The part of the page outside the template (what the browser fetches as it reads the page). */
const outside = (html: string) => html.replace(/<template[\s\S]*?<\/template>/, '');

describe('deferViewModules', () => {
  it('moves every module script and module preload into the template, right after the early script', () => {
    const html = deferViewModules(BUILT);
    expect(outside(html)).not.toMatch(/type="module"|modulepreload/);
    const held = new RegExp(`<template id="${VIEW_MODULES_TEMPLATE_ID}">([\\s\\S]*?)</template>`).exec(html)?.[1] ?? '';
    expect(held).toContain('src="/chunks/popup-1.js"');
    expect(held).toContain('href="/chunks/runtime-2.js"');
    expect(held).toContain('href="/chunks/mount-3.js"');
    expect(html.indexOf('/early-brief.js')).toBeLessThan(html.indexOf('<template'));
  });

  it('leaves the style sheet where it is: the first frame is drawn styled', () => {
    expect(outside(deferViewModules(BUILT))).toContain('rel="stylesheet"');
  });

  it('leaves a page without the early script as it is (the options page)', () => {
    const options = BUILT.replace('<script src="/early-brief.js"></script>', '');
    expect(deferViewModules(options)).toBe(options);
  });
});
