import { expect } from '@open-wc/testing';
import { askFrame, framePage } from './frames.js';
import { fixtureUrl } from './helpers.js';

// Every HTML snippet in README.md and docs/*.md marked `<!-- tested: test/doc-snippets.test.ts -->`
// is pasted, unchanged, into a blank page served from another origin, with the built drop-in
// where the docs say to copy it (/held-in-mind/). Each must load without an error, every element
// in it must render, and every embed frame must be sized and titled. Reports come from
// test/pages/snippet-report.js.

interface SnippetReport {
  errors: string[];
  elements: { tag: string; defined: boolean; heading: string; label: string }[];
  frames: { title: string; height: string; embed: boolean }[];
  stylesheets: { href: string; rules: number }[];
}

const snippets: { file: string; line: number }[] = await (await fetch(fixtureUrl('/snippets/list'))).json();

describe('documented snippets', () => {
  it('the README’s plain-page, host-tips, iframe and theme snippets are among those tested', () => {
    expect(snippets.filter((s) => s.file === 'README.md').length).to.be.at.least(4);
    expect(snippets.filter((s) => s.file.startsWith('docs/')).length).to.be.at.least(4);
  });

  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  snippets.forEach((snippet, n) => {
    it(`${snippet.file} line ${snippet.line} works pasted into a blank page`, async () => {
      const frame = await framePage(`/snippets/${n}.html`, `${snippet.file} line ${snippet.line}`, 800);
      frames.push(frame);
      const report = await askFrame<SnippetReport>(frame, {});
      expect(report.errors, 'errors and files that did not load').to.deep.equal([]);
      expect(report.elements.length + report.frames.length + report.stylesheets.length).to.be.above(0);
      for (const element of report.elements) {
        expect(element.defined, element.tag).to.equal(true);
        expect(element.heading || element.label, `${element.tag} shows nothing`).not.to.equal('');
      }
      for (const f of report.frames) {
        expect(f.title, 'every iframe needs a title').not.to.equal('');
        // embed-host.js sized the frame to its content
        if (f.embed) expect(f.height, `height of "${f.title}"`).to.match(/^\d+px$/);
      }
      for (const sheet of report.stylesheets) expect(sheet.rules, sheet.href).to.be.above(0);
    });
  });
});
