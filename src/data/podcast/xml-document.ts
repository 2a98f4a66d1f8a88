import { HeldInMindError } from '../../core/errors.js';
import { createEntityDecoder } from './entities.js';
import { runInSlices } from './time-slice.js';
import { prepareXml } from './xml-guard.js';
import { XmlTreeBuilder, type XmlElement, type XmlTreeOptions } from './xml-tree.js';

/** A document read by the tolerant reader, with what it had to put up with. */
export interface XmlDocument {
  root: XmlElement;
  warnings: string[];
  /** The text ended inside an element: the last parts may be missing. */
  truncated: boolean;
}

export interface XmlReadOptions extends XmlTreeOptions {
  /** Called with the root element's name before reading on; throws to refuse the document. */
  checkRoot?: (rootName: string) => void;
  /** Stops a sliced read (`aborted`). */
  signal?: AbortSignal;
}

function start(text: string, options: XmlReadOptions): XmlTreeBuilder {
  const prepared = prepareXml(text);
  options.checkRoot?.(prepared.rootName);
  return new XmlTreeBuilder(prepared.text, createEntityDecoder(), options);
}

function finish(builder: XmlTreeBuilder): XmlDocument {
  if (!builder.root) throw new HeldInMindError('parse', 'The document has no root element');
  return { root: builder.root, warnings: builder.warnings, truncated: builder.truncated };
}

/** Vets (xml-guard.ts) and reads a small XML document in one go. */
export function parseXml(text: string, options: XmlReadOptions = {}): XmlDocument {
  const builder = start(text, options);
  builder.step();
  return finish(builder);
}

/** The same for large documents: reads in slices, giving the browser a turn between them. */
export async function parseXmlInSlices(text: string, options: XmlReadOptions = {}): Promise<XmlDocument> {
  const builder = start(text, options);
  await runInSlices((deadline) => builder.step(deadline), options.signal);
  return finish(builder);
}
