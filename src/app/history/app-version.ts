declare global {
  interface ImportMetaEnv {
    /** package.json's version, put in by vite.config.ts at build time. */
    readonly APP_VERSION?: string;
  }
}

/** The version the exports name; "dev" where the build did not set it (unit tests). */
export const APP_VERSION = import.meta.env.APP_VERSION ?? 'dev';
