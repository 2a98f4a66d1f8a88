// Vite's ?inline CSS imports: the file's text (the theme presets in the Storybook preview).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
