import { createEntityDecoder } from '../src/data/podcast/entities.js';
import { XmlTreeBuilder } from '../src/data/podcast/xml-tree.js';

onmessage = (event: MessageEvent<string>) => {
  const builder = new XmlTreeBuilder(event.data, createEntityDecoder());
  builder.step();
  postMessage(builder.root);
};
