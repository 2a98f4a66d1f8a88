// Always set globs: without them cem walks dist/ and storybook-static/ (minutes, gigabytes).
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/content.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Internal reactive state (`static properties = { x_: { state: true } }`) is not API:
      // the analyzer lists it as attributes, so drop private fields and their "attributes".
      name: 'hm-hide-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            const hidden = new Set(
              (decl.members ?? [])
                .filter((m) => m.privacy === 'private' || m.name.endsWith('_'))
                .map((m) => m.name),
            );
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
            if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(m.name));
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
