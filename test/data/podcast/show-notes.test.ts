import { expect } from '@open-wc/testing';
import { sanitizeShowNotes } from '../../../src/data/podcast/show-notes.js';

const BASE = { baseUrl: 'https://podcast.example/feed.xml' };

describe('sanitizeShowNotes', () => {
  it('keeps the allow-listed markup and gives links a safe rel', async () => {
    const html = await sanitizeShowNotes(
      '<h3>Links</h3><p>A <strong>strong</strong> <em>point</em>.</p><ul><li><a href="/more" title="t">More</a></li></ul><blockquote>Q</blockquote>',
      BASE,
    );
    expect(html).to.equal(
      '<h3>Links</h3><p>A <strong>strong</strong> <em>point</em>.</p><ul><li><a href="https://podcast.example/more" rel="noopener noreferrer nofollow ugc">More</a></li></ul><blockquote>Q</blockquote>',
    );
  });

  it('removes scripts, event handlers, styles, off-list tags and URLs, keeping their text', async () => {
    const html = await sanitizeShowNotes(
      '<h1 style="color:red" onclick="alert(1)">Title</h1><script>alert(1)</script><p onmouseover="x()">Hi <a href="javascript:alert(1)">there</a> <a href="data:text/html,x">you</a></p><iframe src="https://evil.example"></iframe><table><tr><td>cell</td></tr></table><svg><script>alert(1)</script></svg>',
    );
    expect(html).to.equal('Title<p>Hi <a>there</a> <a>you</a></p>cell');
  });

  it('drops images unless the host allows them, and then only http(s) ones', async () => {
    const notes =
      '<p>Art <img src="/art.jpg" alt="Cover" onerror="x()"> <img src="javascript:x" alt="bad"></p>';
    expect(await sanitizeShowNotes(notes, BASE)).to.equal('<p>Art  </p>');
    expect(await sanitizeShowNotes(notes, { ...BASE, allowImages: true })).to.equal(
      '<p>Art <img src="https://podcast.example/art.jpg" alt="Cover"> </p>',
    );
  });

  it('keeps mailto and tel links', async () => {
    expect(
      await sanitizeShowNotes('<a href="mailto:hi@podcast.example">Mail</a> <a href="tel:+441234">Call</a>'),
    ).to.equal(
      '<a href="mailto:hi@podcast.example" rel="noopener noreferrer nofollow ugc">Mail</a> <a href="tel:+441234" rel="noopener noreferrer nofollow ugc">Call</a>',
    );
  });

  it('turns plain text into paragraphs without loading markup from it', async () => {
    expect(await sanitizeShowNotes('First line\nsecond line\n\nNew paragraph & more')).to.equal(
      '<p>First line<br>second line</p><p>New paragraph &amp; more</p>',
    );
    expect(await sanitizeShowNotes('Caf&eacute; &lt;script&gt;')).to.equal('<p>Café &lt;script&gt;</p>');
  });

  it('falls back to the plain text when sanitising empties notes that had words', async () => {
    expect(await sanitizeShowNotes('<svg><text>Notes drawn as SVG</text></svg>')).to.equal(
      '<p>Notes drawn as SVG</p>',
    );
    expect(await sanitizeShowNotes('<script>alert(1)</script>')).to.equal('');
    expect(await sanitizeShowNotes('   ')).to.equal('');
    expect(await sanitizeShowNotes(undefined as unknown as string)).to.equal('');
  });

  it('leaves a host page’s own DOMPurify alone (our hooks are on our own instance)', async () => {
    const { default: purify } = await import('dompurify');
    await sanitizeShowNotes('<a href="https://podcast.example/">x</a>');
    expect(purify.sanitize('<a href="https://podcast.example/">x</a>')).to.equal(
      '<a href="https://podcast.example/">x</a>',
    );
  });
});
