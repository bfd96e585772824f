import { describe, expect, it } from 'vitest';
import { beforeCommentsMarker, goldText, undoLatin1Utf16 } from '../../scripts/eval/gold-text';

describe('gold main text of the broad corpora', () => {
  it('ends at the comments marker, in each of the forms it was typed in', () => {
    for (const marker of [
      '!@#$%^&*() COMMENTS',
      '!@ $%^&*() COMMENTS',
      '@#$%^&*() COMMENTS',
      '!#@$%^&*() COMMENTS',
      '!@#$%$%^&*() COMMENTS',
      '!@#$%^&*()',
    ]) {
      expect(goldText(`Story line one.\nStory line two.\n${marker}\nGreat post!\nFirst!`)).toBe(
        'Story line one.\nStory line two.',
      );
    }
  });

  it('keeps a text without the marker whole, and symbols inside a sentence are no marker', () => {
    const text = 'He typed "!@#$%^&*()" and left.\nThe end.';
    expect(beforeCommentsMarker(text)).toBe(text);
    expect(beforeCommentsMarker('COMMENTS are welcome.\nMore.')).toBe('COMMENTS are welcome.\nMore.');
  });

  it('reads back UTF-16 that was taken byte by byte as Latin-1', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Paulo Coelho’s “café”\n', 'utf16le')]);
    const mangled = utf16.toString('latin1');
    expect(mangled.startsWith('ÿþ')).toBe(true);
    expect(undoLatin1Utf16(mangled)).toBe('Paulo Coelho’s “café”\n');
    expect(goldText(mangled)).toBe('Paulo Coelho’s “café”');
  });

  it('leaves ordinary text alone, even one that starts with ÿ', () => {
    expect(undoLatin1Utf16('ÿþ≠ not bytes')).toBe('ÿþ≠ not bytes');
    expect(undoLatin1Utf16('Plain text.')).toBe('Plain text.');
    expect(goldText('<!-- this page contains no article -->')).toBe('');
  });
});
