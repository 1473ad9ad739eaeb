// Single-key shortcuts can be turned off (WCAG 2.1.4): speech input and stray keys set them off.
const KEY = "claimdesk-single-key-shortcuts";

export const singleKeyShortcutsOn = () => window.localStorage.getItem(KEY) !== "off";

export const setSingleKeyShortcuts = (on: boolean) => window.localStorage.setItem(KEY, on ? "on" : "off");
