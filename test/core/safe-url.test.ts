import { expect } from '@open-wc/testing';
import { safeHttpUrl, safeUrl } from '../../src/core/safe-url.js';

describe('core/safeUrl', () => {
  it('keeps http, https, mailto and tel, as absolute URLs', () => {
    expect(safeUrl('https://podcast.example/a b')).to.equal('https://podcast.example/a%20b');
    expect(safeUrl('HTTP://Podcast.Example')).to.equal('http://podcast.example/');
    expect(safeUrl('mailto:hello@podcast.example')).to.equal('mailto:hello@podcast.example');
    expect(safeUrl(' tel:+441234567890 ')).to.equal('tel:+441234567890');
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' java\nscript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://podcast.example/1',
      'ftp://podcast.example/',
    ]) {
      expect(safeUrl(url, 'https://podcast.example/'), url).to.equal(null);
    }
  });

  it('resolves relative URLs against the base, and only with one', () => {
    expect(safeUrl('/episodes/3', 'https://podcast.example/feed.xml')).to.equal(
      'https://podcast.example/episodes/3',
    );
    expect(safeUrl('../art.jpg', 'https://podcast.example/a/b/feed.xml')).to.equal(
      'https://podcast.example/a/art.jpg',
    );
    expect(safeUrl('//cdn.example/x.mp3', 'https://podcast.example/')).to.equal('https://cdn.example/x.mp3');
    expect(safeUrl('/episodes/3')).to.equal(null);
    expect(safeUrl('/episodes/3', 'javascript:alert(1)')).to.equal(null);
    // A relative URL cannot turn a safe base into an unsafe scheme.
    expect(safeUrl('javascript:alert(1)', 'https://podcast.example/')).to.equal(null);
  });

  it('refuses credentials, non-strings, empty and very long values', () => {
    expect(safeUrl('https://bank.example@evil.example/')).to.equal(null);
    expect(safeUrl('https://user:pass@podcast.example/')).to.equal(null);
    expect(safeUrl(undefined)).to.equal(null);
    expect(safeUrl(42)).to.equal(null);
    expect(safeUrl('   ')).to.equal(null);
    expect(safeUrl(`https://podcast.example/${'a'.repeat(5000)}`)).to.equal(null);
  });

  it('safeHttpUrl allows only http and https (for media, images and fetches)', () => {
    expect(safeHttpUrl('https://podcast.example/x.mp3')).to.equal('https://podcast.example/x.mp3');
    expect(safeHttpUrl('mailto:a@podcast.example')).to.equal(null);
    expect(safeHttpUrl('ipfs://QmX')).to.equal(null);
  });
});
