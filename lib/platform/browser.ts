// The one gateway to extension APIs for lib/ code that must touch the browser.
export { browser } from 'wxt/browser';
