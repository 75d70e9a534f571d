/** Constants vite.config.ts defines at build time. */
interface ImportMetaEnv {
  /** package.json's version, `+<BIBAI_BUILD_LABEL>` when a build is labelled; unset under vitest. */
  readonly VITE_APP_VERSION?: string;
}
