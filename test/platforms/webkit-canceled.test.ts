import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { forgetPreferences, part } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';
import { IosSafari } from './ios-safari.js';
import { clickPlay, errorsOf, readerOn } from './platform-reader.js';

// WebKit reports a failure of the platform's voice as `canceled`, as it does a cut from outside:
// one is taken up again quietly, but when it goes on the listener is told, not left in silence.

describe('WebKit: a `canceled` that repeats', () => {
  let ios: IosSafari;
  afterEach(() => {
    ios?.dispose();
    forgetPreferences();
  });

  it('is taken up again from its word a few times, then ends in a clear message', async () => {
    ios = new IosSafari();
    const reader = await readerOn(ios);
    const errors = errorsOf(reader);
    await clickPlay(reader);
    await until(() => reader.state === 'playing' && ios.said !== undefined, 3000, 'reading to start');
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
    try {
      ios.start();
      ios.failCanceled();
      clock.tick(5000);
      expect(ios.said?.text, 'said again after a quiet moment').to.contain('القراءة في الصباح');
      expect(errors).to.deep.equal([]);
      for (let i = 0; i < 4; i++) {
        ios.failCanceled();
        clock.tick(5000);
      }
    } finally {
      clock.restore();
    }
    await reader.updateComplete;
    expect(errors).to.deep.equal(['synthesis-failed']);
    expect(reader.state).to.equal('paused');
    expect(part(reader, 'status').textContent).to.contain('The voice stopped with an error');
  });
});
