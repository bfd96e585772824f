import { defineWebExtConfig } from 'wxt';

// `npm run dev` (wxt) builds and watches without launching a browser: the project's machines have no display.
// Load .output/chrome-mv3 as an unpacked extension, or set disabled: false locally to let WXT open one.
export default defineWebExtConfig({
  disabled: true,
});
