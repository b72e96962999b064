/**
 * The first segment of every page path of the app. The gateway answers these (and `/`) with the
 * app; any other unknown path stays a 404. A new section of the app is added here.
 */
export const appSections = ['inloggen', 'werkbak', 'portaal', 'analyse', 'privacy'] as const;
