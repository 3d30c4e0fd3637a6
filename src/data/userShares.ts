/**
 * Which figures answer DESK.SHAREOFUSERS(region, [basis]) and DESK.USERS(region, [basis]). Each basis is one
 * source's own numbers: a share is never computed from one source's count over another source's total.
 * Combinations a source does not give are absent (the functions answer #N/A).
 */

export const USER_REGIONS = ["BE", "NL", "BE+NL", "Antwerp area"] as const;
export type UserRegion = (typeof USER_REGIONS)[number];

export const USER_BASES = ["prosecutor", "europol", "dutch-police", "article"] as const;
export type UserBasis = (typeof USER_BASES)[number];

/** The Belgian federal prosecutor: the source of the operation, and the only one with every region. */
export const DEFAULT_USER_BASIS: UserBasis = "prosecutor";

/** Names accepted for each region, compared case-insensitively after trimming. */
export const USER_REGION_NAMES: Readonly<Record<UserRegion, readonly string[]>> = {
  BE: ["BE", "Belgium"],
  NL: ["NL", "Netherlands", "The Netherlands"],
  "BE+NL": ["BE+NL", "BENL", "BE/NL", "Belgium and the Netherlands", "Belgium+Netherlands"],
  "Antwerp area": ["Antwerp area", "Antwerp", "Antwerp district", "Antwerp port"],
};

/** Names accepted for each basis. */
export const USER_BASIS_NAMES: Readonly<Record<UserBasis, readonly string[]>> = {
  prosecutor: ["prosecutor", "belgian prosecutor", "federal prosecutor", "belgium"],
  europol: ["europol"],
  "dutch-police": ["dutch-police", "dutch police", "politie", "police"],
  article: ["article", "clarin", "clarín", "pledge times"],
};

export interface UserShareIds {
  /** Figure id of the share (0..1). */
  shareId: string;
  /** Figure id of the user count, where the source gives one. */
  usersId?: string;
}

export const USER_SHARES: Readonly<
  Record<UserRegion, Readonly<Partial<Record<UserBasis, UserShareIds>>>>
> = {
  BE: {
    prosecutor: {
      shareId: "skyecc.users.share.be.prosecutor",
      usersId: "skyecc.users.be.prosecutor",
    },
  },
  NL: {
    prosecutor: {
      shareId: "skyecc.users.share.nl.prosecutor",
      usersId: "skyecc.users.nl.prosecutor",
    },
    "dutch-police": {
      shareId: "skyecc.users.share.nl.dutch-police",
      usersId: "skyecc.users.nl.dutch-police",
    },
  },
  "BE+NL": {
    prosecutor: {
      shareId: "skyecc.users.share.benl.prosecutor",
      usersId: "skyecc.users.benl.prosecutor",
    },
    europol: { shareId: "skyecc.users.share.benl.europol" },
    article: { shareId: "article.skyecc.share.benl" },
  },
  "Antwerp area": {
    prosecutor: {
      shareId: "skyecc.users.share.antwerp.prosecutor",
      usersId: "skyecc.users.antwerp.prosecutor",
    },
    article: { shareId: "article.skyecc.share.antwerp" },
  },
};
