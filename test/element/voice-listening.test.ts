import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { FIRST, SECOND, THIRD, settle } from '../helpers/fixtures.js';
import { ScriptedRecognition } from '../helpers/scripted-recognition.js';
import { SPOKEN } from '../helpers/spoken-commands.js';
import {
  listenButton,
  listeningWhileReading,
  record,
  restoreRecognition,
  status,
  voiceReader,
} from '../helpers/voice-fixtures.js';

describe('voice commands: listening', () => {
  afterEach(restoreRecognition);

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
      const { reader } = await voiceReader(
        'unavailable',
        '',
        html`<article lang="de"><p>Ein Satz. Noch einer.</p></article>`,
      );
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
});
