import { expect } from '@open-wc/testing';
import { primarySubtag, sameLanguage } from '../../src/text/lang.js';

describe('language tags', () => {
  it('takes the language out of the tags platforms give their voices', () => {
    const tags = ['ar', 'ar-EG', 'AR_eg', ' ar-SA ', 'ara-EG-f000', 'en_US-x-rp', 'fa-Latn', 'yue', 'ENG', 'fr_CA', ''];
    expect(tags.map(primarySubtag)).to.deep.equal(['ar', 'ar', 'ar', 'ar', 'ar', 'en', 'fa', 'yue', 'en', 'fr', '']);
  });

  it('says whether two tags are the same language, whatever their regions and spelling', () => {
    expect(sameLanguage('ar_EG', 'ara-SA')).to.equal(true);
    expect(sameLanguage('en-GB', 'eng')).to.equal(true);
    expect(sameLanguage('fa', 'fr')).to.equal(false);
  });
});
