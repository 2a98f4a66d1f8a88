import { expect } from '@open-wc/testing';
import { createSafeStorage, safeStorage } from '../../src/core/storage.js';

describe('core/storage', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('held-in-mind:')) localStorage.removeItem(key);
  });

  it('stores, reads and removes values under its own prefix', () => {
    expect(safeStorage.set('resume', '42')).to.equal(true);
    expect(localStorage.getItem('held-in-mind:resume')).to.equal('42');
    expect(safeStorage.get('resume')).to.equal('42');
    safeStorage.remove('resume');
    expect(safeStorage.get('resume')).to.equal(null);
    expect(safeStorage.available()).to.equal(true);
  });

  it('reports false instead of throwing when the real quota is full', () => {
    // Larger than every engine's per-origin localStorage quota (5–10 MB).
    const huge = 'x'.repeat(12 * 1024 * 1024);
    expect(safeStorage.set('huge', huge)).to.equal(false);
    expect(safeStorage.get('huge')).to.equal(null);
  });

  it('never throws when localStorage access itself throws (sandboxed iframe, blocked cookies)', () => {
    const blocked = createSafeStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(blocked.get('a')).to.equal(null);
    expect(blocked.set('a', 'b')).to.equal(false);
    expect(() => blocked.remove('a')).not.to.throw();
    expect(blocked.available()).to.equal(false);
  });

  it('never throws when storage is missing or every call fails', () => {
    const missing = createSafeStorage(() => null);
    expect(missing.set('a', 'b')).to.equal(false);
    expect(missing.get('a')).to.equal(null);
    const failing = createSafeStorage(
      () =>
        ({
          getItem() {
            throw new Error('disk');
          },
          setItem() {
            throw new DOMException('full', 'QuotaExceededError');
          },
          removeItem() {
            throw new Error('disk');
          },
        }) as unknown as Storage,
    );
    expect(failing.get('a')).to.equal(null);
    expect(failing.set('a', 'b')).to.equal(false);
    expect(() => failing.remove('a')).not.to.throw();
  });

  it('a real sandboxed iframe (no storage access) gets null and false, not an exception', async () => {
    // An opaque-origin document throws SecurityError on any localStorage access.
    const opaque = document.createElement('iframe');
    opaque.setAttribute('sandbox', 'allow-scripts');
    document.body.append(opaque);
    try {
      const store = createSafeStorage(() => (opaque.contentWindow as Window).localStorage);
      expect(store.set('a', 'b')).to.equal(false);
      expect(store.get('a')).to.equal(null);
    } finally {
      opaque.remove();
    }
  });
});
