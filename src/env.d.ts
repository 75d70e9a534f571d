/** Constants vite.config.ts defines at build time. */
interface ImportMetaEnv {
  /** package.json's version, `+<BIBAI_BUILD_LABEL>` when a build is labelled; unset under vitest. */
  readonly VITE_APP_VERSION?: string;
}

/** The site's names in one language (src/build/plugins/site-texts.ts, from data/site.json and data/meta.json). */
declare module 'virtual:site-texts/ja' {
  const texts: import('./domain/site-config').SiteVars;
  export default texts;
}
declare module 'virtual:site-texts/en' {
  const texts: import('./domain/site-config').SiteVars;
  export default texts;
}

/** The downloads the build writes, with their sizes, for the /data page (src/build/plugins/open-data.ts). */
declare module 'virtual:open-data-index' {
  const index: import('./domain/open-data-index').OpenDataIndex;
  export default index;
}

/** The URL of furigana's readings dictionary, `<base>readings/ja.<hash>.json` (src/build/plugins/readings.ts). */
declare module 'virtual:readings-url' {
  const url: string;
  export default url;
}

declare module 'virtual:phrase-breaks' {
  const breaks: Readonly<Record<string, readonly number[]>>;
  export default breaks;
}
