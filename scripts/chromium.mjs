// Debian's Chromium, as every script and the test runner start it (see ../shared/TOOLCHAIN.md).
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // This machine's network is closed: without these, Chromium tries (and fails) to phone home.
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
