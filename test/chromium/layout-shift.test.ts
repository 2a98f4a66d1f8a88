import { expect } from '@open-wc/testing';
import { askFrame, framePage } from '../frames.js';

// Chromium only (the Layout Instability API): the drop-in checklist upgrading on a page, with
// and without the space-reserving CSS the README documents.
interface ShiftReport {
  supported: boolean;
  rendered: boolean;
  score: number;
  shifts: number[];
  height: number;
  fontSize: number;
}

describe('layout shift when an element upgrades', function () {
  this.timeout(60_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  for (const width of [375, 800]) {
    it(`${width}px: with the README's reservation, the page does not move`, async () => {
      const frame = await framePage('/pages/cls-reserved.html', 'Checklist with space reserved', width);
      frames.push(frame);
      const reserved = await askFrame<ShiftReport>(frame, {});
      // One frame at a time, at the top of the page: a frame out of view is not painted, and
      // nothing unpainted can shift (two 800 px frames do not fit side by side).
      frame.remove();
      const plainFrame = await framePage('/pages/cls.html', 'Checklist without reserved space', width);
      frames.push(plainFrame);
      const plain = await askFrame<ShiftReport>(plainFrame, {});
      console.log(
        `CLS at ${width}px: ${plain.score.toFixed(4)} without, ${reserved.score.toFixed(4)} with the reservation (checklist ${(reserved.height / reserved.fontSize).toFixed(1)}em)`,
      );
      expect(reserved.supported).to.equal(true);
      expect(reserved.rendered && plain.rendered).to.equal(true);
      expect(reserved.score, `shifts ${reserved.shifts.join(', ')}`).to.be.below(0.01);
      // The measure can fail: without the reservation the text below the checklist jumps.
      expect(plain.score).to.be.above(0.02);
    });
  }
});
