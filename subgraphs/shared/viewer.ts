export const roles = ['partner', 'consultant', 'analyst', 'privacy_officer', 'cbs'] as const;
export type Role = (typeof roles)[number];

/** Who is asking: the verified claims of the caller's token. */
export interface Viewer {
  sub: string;
  role: Role;
  /** Partner code (role partner). */
  org?: string;
  /** CBS gemeentecode (role consultant). */
  municipality?: string;
}
