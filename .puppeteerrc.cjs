// Puppeteer drives the system's Firefox ESR (and Chromium): it must never download a browser,
// not at `npm ci` and not later. PUPPETEER_SKIP_DOWNLOAD=1 does the same from the environment.
module.exports = { skipDownload: true };
