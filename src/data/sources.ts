/** A document the guidance is based on, shown as "Based on …" (names are not translated). */
export interface ContentSource {
  organisation: string;
  title: string;
  url?: string;
}

/** The source documents listed in CONTENT.md, by their role. */
export const SOURCES = {
  chsc: {
    organisation: 'Center for Health and Safety Culture',
    title: 'Secure attachment (podcast for parents)',
  },
  chdi: {
    organisation: 'Child Health and Development Institute of Connecticut',
    title: 'Developing Secure Caregiver-Child Attachment',
  },
  rushforth: {
    organisation: 'Catherine Rushforth (guest blog)',
    title: 'Promoting ‘Baby Love’',
  },
  siren: {
    organisation: 'Siren Films',
    title: 'Introduction to partnership with parents',
  },
  nwStudy: {
    organisation: 'Research study, North West England',
    title: 'How parents of under-twos learn responsive care, and the support they value',
  },
} as const satisfies Record<string, ContentSource>;
