// The voice and resume controllers on their own, each in a minimal host element.
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import type { ReadableArticle } from '../../src/dom/article.js';
import { indexArticle } from '../helpers/index-article.js';
import { ResumeController } from '../../src/reading/resume-controller.js';
import { VoiceController } from '../../src/reading/voice-controller.js';
import { forgetStoredState } from '../helpers/fixtures.js';
import { ScriptedEngine, arabicVoice, englishVoice } from '../helpers/scripted-engine.js';

const egyptian = { ...arabicVoice, name: 'Scripted Egyptian', voiceURI: 'scripted-eg', lang: 'ar-EG' };

class VoiceHost extends ReactiveElement {
  engine = new ScriptedEngine();
  requested: string | null = null;
  changes = 0;
  readonly voices = new VoiceController(this, {
    engine: () => this.engine,
    lang: () => 'ar',
    requested: () => this.requested,
    onChange: () => this.changes++,
  });
}
customElements.define('voice-host', VoiceHost);

class ResumeHost extends ReactiveElement {
  // No shadow root: the article inside is rendered, so it can be indexed.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
  article: ReadableArticle | null = null;
  enabled = true;
  readonly resume = new ResumeController(this, {
    article: () => this.article,
    root: () => this,
    enabled: () => this.enabled,
  });
}
customElements.define('resume-host', ResumeHost);

describe('VoiceController in a minimal host', () => {
  beforeEach(forgetStoredState);
  afterEach(forgetStoredState);

  it('waits for a late voice list, then settles on the best voice for the language', async () => {
    const host = document.createElement('voice-host') as VoiceHost;
    host.engine.holdVoices();
    document.body.append(host);
    const loading = host.voices.load();
    expect(host.voices.current).to.equal(null);
    host.engine.listVoices([englishVoice, egyptian, arabicVoice]);
    expect(await loading).to.equal(egyptian);
    expect(host.voices.choices).to.deep.equal([egyptian, arabicVoice]);
    expect(host.changes, 'a first voice is no change').to.equal(0);
    host.remove();
  });

  it('lets the listener’s pick win over the site owner’s request, remembers it, and says it changed', async () => {
    const host = document.createElement('voice-host') as VoiceHost;
    host.engine.voiceList = [arabicVoice, egyptian];
    host.requested = 'Scripted Egyptian';
    document.body.append(host);
    expect(await host.voices.load()).to.equal(egyptian);
    host.voices.select('scripted-ar');
    expect(host.voices.current).to.equal(arabicVoice);
    expect(host.changes).to.equal(1);
    host.voices.select('no-such-voice');
    expect(host.voices.current, 'an unknown voice is ignored').to.equal(arabicVoice);
    host.remove();

    const next = document.createElement('voice-host') as VoiceHost;
    next.engine.voiceList = [arabicVoice, egyptian];
    next.requested = 'Scripted Egyptian';
    document.body.append(next);
    expect(await next.voices.load(), 'the pick is kept on the next page').to.equal(arabicVoice);
    next.remove();
  });
});

describe('ResumeController in a minimal host', () => {
  beforeEach(forgetStoredState);
  afterEach(forgetStoredState);

  function host(text: string): ResumeHost {
    const element = document.createElement('resume-host') as ResumeHost;
    element.innerHTML = text;
    document.body.append(element);
    element.article = indexArticle(element);
    return element;
  }
  const TEXT = '<p>جملة أولى هنا. جملة ثانية هناك. وجملة ثالثة أخيرة.</p>';

  it('offers the remembered place of the same article, wherever the reader sits on the page', () => {
    const first = host(TEXT);
    first.resume.articleIndexed(true);
    first.resume.save(2);
    first.remove();
    document.body.prepend(document.createElement('resume-host')); // another reader before it now
    const again = host(TEXT);
    again.resume.articleIndexed(true);
    expect(again.resume.offer).to.equal(2);
    expect(again.resume.withdraw()).to.equal(2);
    expect(again.resume.offer).to.equal(null);
    again.remove();
    document.querySelector('resume-host')!.remove();
  });

  it('offers nothing when the sentence there changed, when told not to remember, or after forget()', () => {
    const first = host(TEXT);
    first.resume.articleIndexed(true);
    first.resume.save(1);
    first.remove();
    const edited = host('<p>جملة أولى هنا. جملة تغيرت. وجملة ثالثة أخيرة.</p>');
    edited.resume.articleIndexed(true);
    expect(edited.resume.offer, 'the text at that place changed').to.equal(null);
    edited.remove();
    const off = host(TEXT);
    off.enabled = false;
    off.resume.articleIndexed(true);
    expect(off.resume.offer).to.equal(null);
    off.enabled = true;
    off.resume.forget();
    off.resume.articleIndexed(true);
    expect(off.resume.offer).to.equal(null);
    off.remove();
  });
});
