import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ArticleReader } from '../../src/article-reader.js';
import type { ReaderCommandDetail, ReaderErrorDetail } from '../../src/events.js';
import { FIRST, SECOND, THIRD, part, readerWithEngine, settle } from '../helpers/fixtures.js';
import type { ScriptedEngine } from '../helpers/scripted-engine.js';
import { commandMessage, listenDescription, recognitionMessage, type RecognitionCause } from '../../src/messages.js';
import { ScriptedRecognition, asked, installScriptedRecognition, removeRecognition } from '../helpers/scripted-recognition.js';
import { SPOKEN } from '../helpers/spoken-commands.js';

const listenButton = (reader: ArticleReader) => reader.shadowRoot!.querySelector<HTMLButtonElement>('[part="listen"]');
const status = (reader: ArticleReader) => part(reader, 'status').textContent!.trim();
const description = (reader: ArticleReader) =>
  reader.shadowRoot!.getElementById(listenButton(reader)!.getAttribute('aria-describedby')!)!.textContent!.trim();

function record(reader: ArticleReader) {
  const commands: (ReaderCommandDetail & { state: string; index: number })[] = [];
  const errors: (ReaderErrorDetail & { state?: string })[] = [];
  reader.addEventListener('reader-command', (e) => commands.push({ ...e.detail, state: reader.state, index: reader.sentenceIndex }));
  reader.addEventListener('reader-error', (e) => errors.push(e.detail));
  // After the fact: when reader-error is heard, listening is over and reading is back.
  reader.addEventListener('reader-error', () => Object.assign(errors.at(-1)!, { state: reader.state }));
  return { commands, errors };
}

describe('voice commands', () => {
  let undo: (() => void) | undefined;
  afterEach(() => {
    undo?.();
    undo = undefined;
  });

  /** A reader with `voice-commands`, a scripted recogniser answering `availability`. */
  async function voiceReader(
    availability: Parameters<typeof installScriptedRecognition>[0] = 'unavailable',
    mode: '' | 'local' = '',
    content?: ReturnType<typeof html>,
  ): Promise<{ reader: ArticleReader; engine: ScriptedEngine }> {
    undo = installScriptedRecognition(availability);
    const { reader, engine } = await readerWithEngine(content);
    reader.voiceCommands = mode;
    await settle(reader);
    return { reader, engine };
  }

  /** Reading the second sentence, then the listen button pressed. */
  async function listeningWhileReading(availability?: Parameters<typeof installScriptedRecognition>[0]) {
    const { reader, engine } = await voiceReader(availability);
    await reader.play();
    engine.finish();
    await settle(reader);
    listenButton(reader)!.click();
    await settle(reader);
    return { reader, engine, recognition: ScriptedRecognition.last };
  }

  describe('when not offered', () => {
    it('is absent without the attribute, and the browser is never asked (no prompt, no listener)', async () => {
      undo = installScriptedRecognition('available');
      const { reader } = await readerWithEngine();
      await settle(reader);
      expect(listenButton(reader)).to.equal(null);
      expect(reader.hasAttribute('voice-commands')).to.equal(false);
      expect(asked.available).to.have.length(0);
      const prevented: boolean[] = [];
      const spy = (e: KeyboardEvent) => prevented.push(e.defaultPrevented);
      window.addEventListener('keydown', spy);
      part(reader, 'play').focus();
      await sendKeys({ press: 'm' });
      window.removeEventListener('keydown', spy);
      expect(prevented, 'M is left alone').to.deep.equal([false]);
      expect(ScriptedRecognition.instances).to.have.length(0);
      expect(reader.shadowRoot!.querySelectorAll('[role="toolbar"] button')).to.have.length(4);
    });

    it('is absent where the browser has no SpeechRecognition (nor webkitSpeechRecognition)', async () => {
      undo = removeRecognition();
      expect('webkitSpeechRecognition' in window || 'SpeechRecognition' in window).to.equal(false);
      const { reader } = await readerWithEngine();
      reader.voiceCommands = '';
      await settle(reader);
      expect(reader.getAttribute('voice-commands'), 'reflected').to.equal('');
      expect(listenButton(reader)).to.equal(null);
      await reader.play();
      expect(reader.state, 'reading is as before').to.equal('playing');
    });

    it('with `local`, is absent unless recognition runs on the device', async () => {
      for (const availability of ['unavailable', 'no-api', 'rejects'] as const) {
        const { reader } = await voiceReader(availability, 'local');
        expect(listenButton(reader), availability).to.equal(null);
        expect(reader.getAttribute('voice-commands')).to.equal('local');
        undo!();
        reader.remove();
      }
      const { reader } = await voiceReader('available', 'local');
      expect(listenButton(reader)).to.exist;
    });

    it('goes away when the attribute is removed, giving the Tab stop back to play', async () => {
      const { reader } = await voiceReader();
      listenButton(reader)!.focus();
      await settle(reader);
      expect(listenButton(reader)!.tabIndex).to.equal(0);
      reader.removeAttribute('voice-commands');
      await settle(reader);
      expect(listenButton(reader)).to.equal(null);
      expect(part(reader, 'play').tabIndex).to.equal(0);
    });
  });

  describe('the listen control', () => {
    it('is a native toggle button with a name, a state, a shortcut and a description', async () => {
      const { reader } = await voiceReader();
      const button = listenButton(reader)!;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-label')).to.equal('Voice commands');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(button.getAttribute('aria-keyshortcuts')).to.equal('M');
      expect(button.closest('[role="toolbar"]')).to.exist;
      expect(description(reader)).to.contain('may be sent to an online speech service');
      expect(ScriptedRecognition.instances, 'nothing started before the user asks').to.have.length(0);
    });

    it('is in the toolbar roving focus (End reaches it, Home goes back) and M toggles it', async () => {
      const { reader } = await voiceReader();
      part(reader, 'play').focus();
      await sendKeys({ press: 'End' });
      expect(reader.shadowRoot!.activeElement).to.equal(listenButton(reader));
      await sendKeys({ press: 'ArrowRight' });
      expect(reader.shadowRoot!.activeElement, 'wraps to play').to.equal(part(reader, 'play'));
      await sendKeys({ press: 'ArrowLeft' });
      expect(reader.shadowRoot!.activeElement).to.equal(listenButton(reader));
      await sendKeys({ press: 'm' });
      await settle(reader);
      expect(listenButton(reader)!.getAttribute('aria-pressed')).to.equal('true');
      expect(ScriptedRecognition.last.running).to.equal(true);
      await sendKeys({ press: 'Home' });
      expect(reader.shadowRoot!.activeElement, 'listening: still in the roving focus').to.equal(part(reader, 'play'));
      await sendKeys({ press: 'End' });
      expect(reader.shadowRoot!.activeElement).to.equal(listenButton(reader));
      await sendKeys({ press: 'm' });
      await settle(reader);
      expect(listenButton(reader)!.getAttribute('aria-pressed')).to.equal('false');
      expect(ScriptedRecognition.last.aborted).to.equal(true);
    });

    it('shows the pressed state by more than colour, also in forced-colors mode, and fits 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { reader } = await voiceReader();
        const button = listenButton(reader)!;
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
        expect(part(reader, 'controls').scrollWidth).to.be.at.most(reader.clientWidth + 1);
        expect(button.title, 'sighted users see the privacy note too').to.contain('online speech service');
        const before = getComputedStyle(button).backgroundColor;
        button.click();
        await settle(reader);
        expect(getComputedStyle(button).backgroundColor).to.not.equal(before);
        await executeServerCommand('emulate-forced-colors', { active: true });
        expect(getComputedStyle(button).forcedColorAdjust).to.equal('none');
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('is accessible in both states, in English and in Arabic', async () => {
      for (const uiLang of ['en', 'ar']) {
        const { reader } = await voiceReader();
        reader.uiLang = uiLang;
        await settle(reader);
        await settle(reader);
        await expect(reader, `${uiLang} not listening`).to.be.accessible();
        listenButton(reader)!.click();
        await settle(reader);
        expect(listenButton(reader)!.getAttribute('aria-pressed')).to.equal('true');
        await expect(reader, `${uiLang} listening`).to.be.accessible();
        reader.uiLang = 'en';
        await settle(reader);
        await settle(reader);
        reader.remove();
        undo!();
      }
      undo = undefined;
    });
  });

  describe('listening', () => {
    it('pauses reading and listens for one command in the reading language, with alternatives', async () => {
      const { reader, engine, recognition } = await listeningWhileReading();
      expect(reader.state).to.equal('paused');
      expect(engine.speaking, 'the recogniser does not hear the reader').to.equal(null);
      expect(recognition.starts).to.equal(1);
      expect(recognition.lang).to.equal('ar');
      expect(recognition.continuous).to.equal(false);
      expect(recognition.maxAlternatives).to.be.greaterThan(1);
      expect(listenButton(reader)!.getAttribute('aria-pressed')).to.equal('true');
      expect(status(reader)).to.equal('Listening…');
    });

    it('«التالي» moves to the next sentence and goes on reading; reader-command comes after', async () => {
      const { reader, engine, recognition } = await listeningWhileReading();
      const { commands } = record(reader);
      recognition.say(['التالي']);
      await settle(reader);
      expect(reader.state).to.equal('playing');
      expect(reader.sentenceIndex).to.equal(2);
      expect(engine.speaking!.text).to.equal(THIRD);
      expect(commands).to.deep.equal([{ command: 'next', transcript: 'التالي', state: 'playing', index: 2 }]);
      expect(status(reader)).to.equal('Next sentence');
      expect(listenButton(reader)!.getAttribute('aria-pressed')).to.equal('false');
      expect(recognition.running, 'the session is over').to.equal(false);
    });

    it('«توقف» pauses, «تابع» resumes, «السابق» goes back, «من البداية» starts again', async () => {
      const { reader, engine, recognition } = await listeningWhileReading();
      recognition.say(['توقف']);
      await settle(reader);
      expect(reader.state).to.equal('paused');
      expect(engine.speaking).to.equal(null);
      expect(status(reader)).to.equal('Pause');
      const say = async (words: string) => {
        listenButton(reader)!.click();
        await settle(reader);
        ScriptedRecognition.last.say([words]);
        await settle(reader);
      };
      await say('تابع');
      expect(reader.state).to.equal('playing');
      expect(engine.speaking!.text).to.equal(SECOND);
      await say('السابق');
      expect(engine.speaking!.text).to.equal(FIRST);
      await say('التالي');
      await say('من البداية');
      expect(reader.sentenceIndex).to.equal(0);
      expect(reader.state).to.equal('playing');
      await say('أسرع');
      expect(reader.rate).to.equal(1.25);
      expect(reader.state).to.equal('playing');
      await say('أبطأ');
      expect(reader.rate).to.equal(1);
    });

    it('understands every spoken variant of every command', async () => {
      const { reader } = await voiceReader();
      const { commands } = record(reader);
      for (const [spoken, command] of SPOKEN) {
        listenButton(reader)!.click();
        await settle(reader);
        ScriptedRecognition.last.say([spoken]);
        await settle(reader);
        expect(commands.at(-1)?.command, spoken).to.equal(command);
        expect(commands.at(-1)?.transcript).to.equal(spoken);
      }
      expect(commands).to.have.length(SPOKEN.length);
    });

    it('uses every alternative the recogniser offers, and tolerant spellings', async () => {
      const { reader, recognition } = await listeningWhileReading();
      const { commands } = record(reader);
      recognition.say(['التاني من فضلك', 'من فضلك التالى']);
      await settle(reader);
      expect(commands.map((c) => c.command)).to.deep.equal(['next']);
      expect(commands[0]!.transcript).to.equal('من فضلك التالى');
    });

    it('understands the interface language too: «suivant» with a French interface', async () => {
      const { reader, recognition } = await listeningWhileReading();
      reader.uiLang = 'fr';
      await settle(reader);
      await settle(reader);
      const { commands } = record(reader);
      recognition.say(['suivant']);
      await settle(reader);
      expect(commands.map((c) => c.command)).to.deep.equal(['next']);
      expect(status(reader)).to.equal('Phrase suivante');
      reader.uiLang = 'en';
      await settle(reader);
      await settle(reader);
    });

    it('listens in the interface language when the article is in a language without commands', async () => {
      const { reader } = await voiceReader('unavailable', '', html`<article lang="de"><p>Ein Satz. Noch einer.</p></article>`);
      reader.uiLang = 'en';
      await settle(reader);
      listenButton(reader)!.click();
      await settle(reader);
      expect(ScriptedRecognition.last.lang).to.equal('en');
    });

    it('says when it did not understand, and reading goes on as before', async () => {
      const { reader, engine, recognition } = await listeningWhileReading();
      const { commands, errors } = record(reader);
      recognition.say(['صباح الخير', 'سباح الخير']);
      await settle(reader);
      expect(status(reader)).to.equal('I did not understand');
      expect(reader.state).to.equal('playing');
      expect(engine.speaking!.text).to.equal(SECOND);
      expect(commands).to.have.length(0);
      expect(errors).to.have.length(0);
      listenButton(reader)!.click();
      await settle(reader);
      ScriptedRecognition.last.noMatch();
      await settle(reader);
      expect(status(reader)).to.equal('I did not understand');
      expect(ScriptedRecognition.instances).to.have.length(2);
    });

    it('says it in Arabic in an Arabic interface: «لم أفهم»', async () => {
      const { reader } = await voiceReader();
      reader.uiLang = 'ar';
      await settle(reader);
      await settle(reader);
      listenButton(reader)!.click();
      await settle(reader);
      ScriptedRecognition.last.say(['مرحبا']);
      await settle(reader);
      expect(status(reader)).to.equal('لم أفهم');
      expect(listenButton(reader)!.getAttribute('aria-label')).to.equal('الأوامر الصوتية');
      reader.uiLang = 'en';
      await settle(reader);
      await settle(reader);
    });

    it('stops listening when pressed again, or when reading is started meanwhile; reading goes on', async () => {
      const { reader, engine, recognition } = await listeningWhileReading();
      listenButton(reader)!.click();
      await settle(reader);
      expect(recognition.aborted).to.equal(true);
      expect(reader.state).to.equal('playing');
      expect(engine.speaking!.text).to.equal(SECOND);
      listenButton(reader)!.click();
      await settle(reader);
      await reader.play();
      await settle(reader);
      expect(ScriptedRecognition.last.aborted).to.equal(true);
      expect(listenButton(reader)!.getAttribute('aria-pressed')).to.equal('false');
      expect(status(reader)).to.equal('Reading');
    });

    it('tells the status region what it heard, paced like every other announcement, without chatter', async () => {
      const { reader } = await voiceReader();
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      const region = reader.shadowRoot!.querySelector('[role="status"]')!;
      const heard: string[] = [];
      new MutationObserver(() => heard.push(region.textContent!.trim())).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      try {
        await reader.play();
        await reader.updateComplete;
        await clock.tickAsync(1100);
        listenButton(reader)!.click();
        await reader.updateComplete;
        await clock.tickAsync(1100);
        ScriptedRecognition.last.say(['التالي']);
        await clock.tickAsync(0);
        await reader.updateComplete;
        await clock.tickAsync(1100);
        listenButton(reader)!.click();
        await reader.updateComplete;
        await clock.tickAsync(1100);
        ScriptedRecognition.last.say(['كلام آخر']);
        await clock.tickAsync(0);
        await reader.updateComplete;
        await clock.tickAsync(1100);
      } finally {
        clock.restore();
      }
      const said = heard.filter((text, i) => text && text !== heard[i - 1]);
      expect(said).to.deep.equal(['Reading', 'Listening…', 'Next sentence', 'Listening…', 'I did not understand']);
    });

    it('«توقف عن الاستماع» stops listening only', async () => {
      const { reader, recognition } = await listeningWhileReading();
      recognition.say(['توقف عن الاستماع']);
      await settle(reader);
      expect(reader.state).to.equal('playing');
      expect(status(reader)).to.equal('Stopped listening');
    });

    it('a listener may call any method from reader-command, and it wins', async () => {
      const { reader, recognition } = await listeningWhileReading();
      reader.addEventListener('reader-command', () => reader.stop(), { once: true });
      recognition.say(['التالي']);
      await settle(reader);
      expect(reader.state).to.equal('idle');
    });
  });

  describe('errors', () => {
    const CAUSES: [string, string][] = [
      ['not-allowed', 'Allow the microphone'],
      ['service-not-allowed', 'Allow the microphone'],
      ['no-speech', 'No command was heard'],
      ['audio-capture', 'No microphone was found'],
      ['network', 'could not reach the network'],
      ['language-not-supported', 'cannot recognise commands in this language'],
      ['aborted', 'Listening was interrupted'],
      ['bad-grammar', 'stopped with an error'],
    ];
    for (const [code, message] of CAUSES) {
      it(`${code}: a clear message, recognition-failed, reading as before, never restarted`, async () => {
        const { reader, engine, recognition } = await listeningWhileReading();
        const { errors, commands } = record(reader);
        recognition.error(code);
        await settle(reader);
        expect(errors).to.have.length(1);
        expect(errors[0]!.code).to.equal('recognition-failed');
        expect(errors[0]!.state, 'reading already back when the error is told').to.equal('playing');
        expect(errors[0]!.message).to.contain(message);
        expect(status(reader)).to.equal(errors[0]!.message);
        expect(part(reader, 'status').hasAttribute('data-error')).to.equal(true);
        expect(listenButton(reader)!.getAttribute('aria-pressed')).to.equal('false');
        expect(reader.state, 'reading goes on').to.equal('playing');
        expect(engine.speaking!.text).to.equal(SECOND);
        expect(commands).to.have.length(0);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(ScriptedRecognition.instances, 'no new session').to.have.length(1);
        expect(recognition.starts).to.equal(1);
        // Usable again: the next press listens.
        listenButton(reader)!.click();
        await settle(reader);
        expect(ScriptedRecognition.last.running).to.equal(true);
      });
    }

    it('a recogniser that refuses to start at once is reported, not retried', async () => {
      const { reader } = await voiceReader();
      const { errors } = record(reader);
      const original = ScriptedRecognition.prototype.start;
      ScriptedRecognition.prototype.start = function () {
        throw new DOMException('denied', 'NotAllowedError');
      };
      try {
        listenButton(reader)!.click();
        await settle(reader);
      } finally {
        ScriptedRecognition.prototype.start = original;
      }
      expect(errors.map((e) => e.code)).to.deep.equal(['recognition-failed']);
      expect(errors[0]!.message).to.contain('Allow the microphone');
      expect(ScriptedRecognition.instances).to.have.length(1);
      expect(listenButton(reader)!.getAttribute('aria-pressed')).to.equal('false');
    });

    it('the message goes once the reader moves on', async () => {
      const { reader, recognition } = await listeningWhileReading();
      recognition.error('audio-capture');
      await settle(reader);
      reader.pause();
      await settle(reader);
      expect(status(reader)).to.equal('Paused');
    });
  });

  it('has every listening message in Arabic and in French', async () => {
    const { reader } = await voiceReader();
    const causes: RecognitionCause[] = ['not-allowed', 'no-speech', 'audio-capture', 'network', 'language-not-supported', 'aborted', 'failed'];
    const all = () => [
      ...causes.map(recognitionMessage),
      commandMessage('listening'),
      commandMessage(null),
      commandMessage('faster'),
      commandMessage('slower'),
      commandMessage('restart'),
      commandMessage('stop-listening'),
      listenDescription(true),
      listenDescription(false),
    ];
    const inLanguage = async (lang: string) => {
      reader.uiLang = lang;
      await settle(reader);
      await settle(reader);
      return all();
    };
    const english = await inLanguage('en');
    const arabic = await inLanguage('ar');
    const french = await inLanguage('fr');
    await inLanguage('en');
    arabic.forEach((text, i) => expect(text, english[i]).to.match(/[\u0600-\u06ff]/));
    french.forEach((text, i) => expect(text, english[i]).to.not.equal(english[i]));
    expect(arabic).to.include('لم أفهم');
  });

  describe('privacy', () => {
    it('uses on-device recognition where the browser offers it, and says so', async () => {
      const { reader, recognition } = await listeningWhileReading('available');
      expect(asked.available[0]).to.deep.equal({ langs: ['ar'], processLocally: true });
      expect(recognition.processLocally).to.equal(true);
      expect(description(reader)).to.contain('stays on this device');
    });

    it('says before first use that the voice may go to a service where it is not on-device', async () => {
      for (const availability of ['unavailable', 'no-api', 'rejects'] as const) {
        const { reader, recognition } = await listeningWhileReading(availability);
        expect(recognition.processLocally, availability).to.equal(false);
        expect(description(reader)).to.contain('online speech service');
        reader.remove();
        undo!();
      }
      undo = undefined;
    });

    it('installs the on-device language when it can be downloaded, then listens on the device', async () => {
      const { reader } = await voiceReader('downloadable', 'local');
      expect(description(reader)).to.contain('stays on this device');
      listenButton(reader)!.click();
      await settle(reader);
      expect(asked.install).to.deep.equal([{ langs: ['ar'], processLocally: true }]);
      expect(ScriptedRecognition.last.processLocally).to.equal(true);
      expect(ScriptedRecognition.last.running).to.equal(true);
    });

    it('reports a language that cannot be installed on the device, without sending audio anywhere', async () => {
      const { reader } = await voiceReader('downloading', 'local');
      ScriptedRecognition.installs = false;
      const { errors } = record(reader);
      listenButton(reader)!.click();
      await settle(reader);
      expect(ScriptedRecognition.instances).to.have.length(0);
      expect(errors.map((e) => e.message)).to.deep.equal([
        'This browser cannot recognise commands in this language.',
      ]);
    });
  });

  it('works again when the element is put back on the page (moved by a framework)', async () => {
    const { reader } = await voiceReader();
    const parent = reader.parentElement!;
    reader.remove();
    parent.append(reader);
    await settle(reader);
    listenButton(reader)!.click();
    await settle(reader);
    ScriptedRecognition.last.say(['التالي']);
    await settle(reader);
    expect(reader.state).to.equal('playing');
    expect(reader.sentenceIndex).to.equal(0);
  });

  it('stops recognition when the element is removed while listening, leaving nothing running', async () => {
    const { reader, engine, recognition } = await listeningWhileReading();
    const { errors, commands } = record(reader);
    reader.remove();
    await settle();
    expect(recognition.aborted).to.equal(true);
    expect(recognition.onresult).to.equal(null);
    expect(recognition.onend).to.equal(null);
    recognition.say(['التالي']); // too late: nobody listens
    await settle();
    expect(errors).to.have.length(0);
    expect(commands).to.have.length(0);
    expect(engine.speaking, 'reading did not resume').to.equal(null);
    expect(ScriptedRecognition.instances).to.have.length(1);
  });
});
