import { expect } from '@open-wc/testing';
import { commandMessage, listenDescription, recognitionMessage, type RecognitionCause } from '../../src/messages.js';
import { SECOND, part, settle } from '../helpers/fixtures.js';
import { ScriptedRecognition, asked } from '../helpers/scripted-recognition.js';
import {
  description,
  listenButton,
  listeningWhileReading,
  record,
  restoreRecognition,
  status,
  voiceReader,
} from '../helpers/voice-fixtures.js';

describe('voice commands: errors, privacy, lifecycle', () => {
  afterEach(restoreRecognition);

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
    const causes: RecognitionCause[] = [
      'not-allowed',
      'no-speech',
      'audio-capture',
      'network',
      'language-not-supported',
      'aborted',
      'failed',
    ];
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
        restoreRecognition();
      }
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
      expect(errors.map((e) => e.message)).to.deep.equal(['This browser cannot recognise commands in this language.']);
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
