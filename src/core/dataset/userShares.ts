/**
 * DESK.SHAREOFUSERS' and DESK.USERS' resolvers: the region and basis a name stands for, and the figure ids
 * that answer them (see src/data/userShares.ts for the table itself).
 */
import {
  DEFAULT_USER_BASIS,
  USER_BASES,
  USER_BASIS_NAMES,
  USER_REGIONS,
  USER_REGION_NAMES,
  USER_SHARES,
  type UserBasis,
  type UserRegion,
  type UserShareIds,
} from "../../data/userShares";
import { keyNamed, normalizedName } from "./names";

export function resolveUserRegion(name: string): UserRegion | undefined {
  return keyNamed(USER_REGIONS, USER_REGION_NAMES, name);
}

export function resolveUserBasis(name: string): UserBasis | undefined {
  return keyNamed(USER_BASES, USER_BASIS_NAMES, name);
}

/**
 * The figure ids for a region (any accepted name) and basis (default: the Belgian prosecutor); undefined for an
 * unknown region or basis, or a combination the source does not give.
 */
export function userShareIds(region: string, basis?: string): UserShareIds | undefined {
  const r = resolveUserRegion(region);
  const b =
    basis === undefined || normalizedName(basis) === ""
      ? DEFAULT_USER_BASIS
      : resolveUserBasis(basis);
  if (!r || !b) return undefined;
  return USER_SHARES[r][b];
}
