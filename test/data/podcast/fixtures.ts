import { fixtureUrl } from '../../helpers.js';

/** The fixture server's URL of test/fixtures/podcast/<name>. */
export const podcastFixture = (name: string): string => fixtureUrl(`/fixtures/podcast/${name}`);

async function get(name: string): Promise<Response> {
  const response = await fetch(podcastFixture(name));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response;
}

export const fixtureText = async (name: string): Promise<string> => (await get(name)).text();

/** Raw bytes, for fixtures whose encoding matters (BOM, ISO-8859-1). */
export const fixtureBytes = async (name: string): Promise<Uint8Array> =>
  new Uint8Array(await (await get(name)).arrayBuffer());
