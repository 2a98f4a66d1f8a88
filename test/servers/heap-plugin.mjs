// A web-test-runner command for the leak tests (Chromium only): counts, after garbage collection,
// the live instances of a custom element class and the event listeners on window and document,
// through the DevTools protocol.
export function heapPlugin() {
  return {
    name: 'hm-heap',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hm-heap-stats') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('hm-heap-stats needs Chromium (the DevTools protocol)');
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.enable');
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const handle = async (expression) =>
          (await cdp.send('Runtime.evaluate', { expression, objectGroup: 'hm' })).result.objectId;
        const count = async (objectId) =>
          (
            await cdp.send('Runtime.callFunctionOn', {
              objectId,
              functionDeclaration: 'function () { return this.length; }',
              returnByValue: true,
            })
          ).result.value;
        const prototype = await handle(`customElements.get(${JSON.stringify(payload.tag)}).prototype`);
        const { objects } = await cdp.send('Runtime.queryObjects', {
          prototypeObjectId: prototype,
          objectGroup: 'hm',
        });
        const instances = await count(objects.objectId);
        const listeners = async (expression) =>
          (await cdp.send('DOMDebugger.getEventListeners', { objectId: await handle(expression) })).listeners
            .length;
        const result = {
          instances,
          windowListeners: await listeners('window'),
          documentListeners: await listeners('document'),
          heapUsed: (await cdp.send('Runtime.getHeapUsage')).usedSize,
        };
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'hm' });
        return result;
      } finally {
        await cdp.detach();
      }
    },
  };
}
