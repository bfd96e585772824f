/**
 * The extraction document's channel to the worker (entrypoints/background/extractor.ts, ExtractorChannel in
 * entrypoints/offscreen/wake.ts): taken from the extension's own offscreen page only, in the one shape it has.
 */
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { acceptExtractorChannel } from '../../entrypoints/background/extractor';
import { EXTRACTOR_CHANNEL } from '../../entrypoints/offscreen/wake';

const page = (path: string) => ({ url: (browser.runtime.getURL as (p: string) => string)(path) });

describe('acceptExtractorChannel', () => {
  it('takes the channel from the offscreen page only', () => {
    const { port1, port2 } = new MessageChannel();
    try {
      const from = (source: { url?: string } | null, data: unknown = EXTRACTOR_CHANNEL, ports = [port2]) =>
        acceptExtractorChannel({ data, ports, source });
      expect(from(page('/popup.html'))).toBe(false);
      expect(from({ url: 'https://news.example/offscreen.html' })).toBe(false);
      expect(from(null)).toBe(false);
      expect(from(page('/offscreen.html'), { type: 'extractor/channel', extra: 1 })).toBe(false);
      expect(from(page('/offscreen.html'), EXTRACTOR_CHANNEL, [])).toBe(false);
      expect(from(page('/offscreen.html'), EXTRACTOR_CHANNEL, [port2, port1])).toBe(false);
      expect(from(page('/offscreen.html'))).toBe(true);
    } finally {
      port1.close();
      port2.close();
    }
  });
});
