// Which message catalogues this page needs: the core one, plus one per element that is defined
// (each element's define file adds its own). Localisation loads only these for a language.
const needed = new Set<string>(['core']);

export const needCatalogue = (part: string): void => {
  needed.add(part);
};

export const neededCatalogues = (): string[] => [...needed];
