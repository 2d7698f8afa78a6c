/** One team's repository as files and git branches, for makeRepo (index.ts). */
export interface Layout {
  /** The repository's folder name (the app name when nothing else names it). */
  folder: string;
  files: Record<string, string | object>;
  git?: {
    /** The branch checked out (a feature branch, as when someone tries init). */
    current: string;
    /** Local branches besides the current one. */
    branches?: string[];
    /** What origin/HEAD points to, if the clone knows it. */
    originHead?: string;
  };
}
