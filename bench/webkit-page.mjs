// A page in WebKit for the benches: WebKitGTK's MiniBrowser driven through WebKitWebDriver (under
// Xvfb, as scripts/webkit-driver.mjs starts it), with the three WebDriver classic commands needed.
import { MINIBROWSER } from '../scripts/engines.mjs';
import { startWebKitDriver, stopWebKitDriver } from '../scripts/webkit-driver.mjs';

async function webdriver(port, method, route, body) {
  const res = await fetch(`http://127.0.0.1:${port}${route}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = await res.json();
  if (!res.ok) throw new Error(`WebDriver ${method} ${route}: ${answer.value?.message ?? res.status}`);
  return answer.value;
}

/** Opens `url` in a new MiniBrowser session; resolves to a function that closes it. */
export async function openWebKitPage(url) {
  const handle = await startWebKitDriver();
  let sessionId;
  const close = async () => {
    if (sessionId) await webdriver(handle.port, 'DELETE', `/session/${sessionId}`).catch(() => {});
    await stopWebKitDriver(handle);
  };
  try {
    const browserOptions = { binary: MINIBROWSER, args: ['--automation'] };
    const capabilities = { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': browserOptions } };
    ({ sessionId } = await webdriver(handle.port, 'POST', '/session', { capabilities }));
    await webdriver(handle.port, 'POST', `/session/${sessionId}/url`, { url });
    return close;
  } catch (error) {
    await close();
    throw error;
  }
}
