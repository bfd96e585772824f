/**
 * The one charset policy (utils/extract/input.ts, decodePage): the CLI, `npm run eval` and `npm run bench` all
 * read saved pages through it.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../scripts/lib/pages';
import { declaredCharset, decodeHtmlInput, decodePage } from '../../utils/extract/input';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
/** "Grüße" in windows-1252: ü = 0xFC, ß = 0xDF. */
const grusse1252 = (prefix: string) => new Uint8Array([...latin1(`${prefix}<p>Gr`), 0xfc, 0xdf, 0x65]);

describe('decodePage', () => {
  it('honours a byte-order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('<p>é</p>', 'utf16le')]);
    expect(decodePage(utf16)).toEqual({ text: '<p>é</p>', charset: 'utf-16le', source: 'bom' });
    expect(decodePage(utf8('\ufeff<meta charset="windows-1252"><p>é</p>'))).toMatchObject({
      text: '<meta charset="windows-1252"><p>é</p>',
      charset: 'utf-8',
      source: 'bom',
    });
  });

  it('reads <meta charset> and the http-equiv form, mapping labels to encoding names', () => {
    expect(declaredCharset(latin1('<html><head><meta charset="ISO-8859-1">'))).toBe('windows-1252');
    expect(
      declaredCharset(latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1250" />')),
    ).toBe('windows-1250');
    expect(decodePage(grusse1252('<meta charset="windows-1252">'))).toEqual({
      text: '<meta charset="windows-1252"><p>Grüße',
      charset: 'windows-1252',
      source: 'declared',
    });
  });

  it('passes over unknown labels to a later declaration, and maps UTF-16 and x-user-defined as browsers do', () => {
    expect(declaredCharset(latin1('<meta charset="no-such-charset"><meta charset="iso-8859-2">'))).toBe('iso-8859-2');
    expect(declaredCharset(latin1('<meta charset="no-such-charset"><p>x</p>'))).toBeNull();
    expect(declaredCharset(latin1('<meta charset="utf-16">'))).toBe('utf-8');
    expect(declaredCharset(latin1('<meta charset="x-user-defined">'))).toBe('windows-1252');
    expect(declaredCharset(latin1('<html><p>no declaration</p>'))).toBeNull();
  });

  it('reads an XML declaration when no <meta> declares a charset', () => {
    // "Łódź" in iso-8859-2: Ł = 0xA3, ó = 0xF3, ź = 0xBC.
    const page = new Uint8Array([
      ...latin1('<?xml version="1.0" encoding="iso-8859-2"?><html><p>'),
      0xa3,
      0xf3,
      0x64,
      0xbc,
    ]);
    expect(declaredCharset(page)).toBe('iso-8859-2');
    expect(decodePage(page).text).toContain('<p>Łódź');
    expect(declaredCharset(latin1('<?xml version="1.0" encoding="iso-8859-2"?><meta charset="utf-8">'))).toBe('utf-8');
  });

  it('finds a declaration past the first 4 KB of a long head, but not in the page body far below', () => {
    const pad = `<!-- ${'x'.repeat(6000)} -->`;
    expect(declaredCharset(latin1(`<html><head>${pad}<meta charset="windows-1251">`))).toBe('windows-1251');
    expect(declaredCharset(latin1(`<html><head>${pad}${pad}<meta charset="windows-1251">`))).toBeNull();
  });

  it('reads a page re-saved as UTF-8 under a stale legacy declaration as UTF-8', () => {
    const page = utf8('<meta charset="gb2312"><p>人工智能</p>');
    expect(decodePage(page)).toEqual({
      text: '<meta charset="gb2312"><p>人工智能</p>',
      charset: 'utf-8',
      source: 'utf8-valid',
    });
    // Pure ASCII keeps its declaration (nothing tells it apart).
    expect(decodePage(latin1('<meta charset="windows-1252"><p>x</p>'))).toMatchObject({ charset: 'windows-1252' });
  });

  it('decodes undeclared pages as UTF-8 when valid, else in the legacy encoding of their language', () => {
    expect(decodePage(utf8('<p>Grüße</p>'))).toEqual({ text: '<p>Grüße</p>', charset: 'utf-8', source: 'undeclared' });
    expect(decodePage(grusse1252(''))).toEqual({ text: '<p>Grüße', charset: 'windows-1252', source: 'undeclared' });
    // "<p>سلام</p>" in windows-1256 under lang="ar".
    const arabic = new Uint8Array([...latin1('<html lang="ar"><p>'), 0xd3, 0xe1, 0xc7, 0xe3]);
    expect(decodePage(arabic)).toMatchObject({ text: '<html lang="ar"><p>سلام', charset: 'windows-1256' });
  });

  it('is what the CLI decodes with, and what the evaluation reads pages with', () => {
    const bytes = utf8('<meta charset="windows-1252"><p>Grüße</p>');
    const cli = decodeHtmlInput(bytes);
    expect(cli).toEqual({ ok: true, html: decodePage(bytes).text, charset: 'utf-8' });
    const dir = mkdtempSync(path.join(tmpdir(), 'nb-charset-'));
    try {
      writeFileSync(path.join(dir, 'page.html'), bytes);
      expect(readPage(path.join(dir, 'page.html'))).toEqual(decodePage(bytes));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
