import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, readerWithEngine, settle } from '../helpers/fixtures.js';
import { ScriptedRecognition, asked } from '../helpers/scripted-recognition.js';
import {
  description,
  listenButton,
  restoreRecognition,
  useNoRecognition,
  useRecognition,
  voiceReader,
} from '../helpers/voice-fixtures.js';

describe('voice commands: the listen control', () => {
  afterEach(restoreRecognition);

  describe('when not offered', () => {
    it('is absent without the attribute, and the browser is never asked (no prompt, no listener)', async () => {
      useRecognition('available');
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
      useNoRecognition();
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
        restoreRecognition();
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
        restoreRecognition();
      }
    });
  });
});
