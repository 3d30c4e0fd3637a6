/**
 * DESK.FIGURE, DESK.SOURCE, DESK.SEIZED, DESK.SHAREOFUSERS and DESK.USERS for one cell each: look-ups in
 * the curated dataset. Every figure answered is recorded in the usage log, so the Sources sheet cites it.
 */
import {
  SEIZURE_PLACES,
  SEIZURE_SOURCE_KEYS,
  SEIZURE_YEARS,
  USER_BASES,
  USER_REGIONS,
  type Figure,
} from "../../data";
import { citation, figureById } from "../dataset/byId";
import {
  resolveSeizurePlace,
  resolveSeizureSource,
  seizureFigureId,
  seizureFigureIds,
} from "../dataset/seizures";
import { resolveUserBasis, resolveUserRegion, userShareIds } from "../dataset/userShares";
import { DeskError, badValue, notAvailable } from "../deskError";
import { msg } from "../messages/text";
import { usageLog } from "../usage/usageLog";
import { isEmpty, readNumber, readText } from "./inputs";

function lookUpFigure(idCell: unknown): Figure | DeskError {
  const id = readText(idCell, "id");
  if (typeof id !== "string") return id;
  const figure = figureById(id);
  if (!figure) return notAvailable("figures.unknownId", { id });
  return figure;
}

/** What a cell shows for a figure: its number (or text), recorded as used. */
function answer(figure: Figure): number | string {
  usageLog.recordFigure(figure.id);
  return figure.value;
}

export function figureValue(idCell: unknown): number | string | DeskError {
  const figure = lookUpFigure(idCell);
  return figure instanceof DeskError ? figure : answer(figure);
}

export function figureSource(idCell: unknown): string | DeskError {
  const figure = lookUpFigure(idCell);
  if (figure instanceof DeskError) return figure;
  usageLog.recordFigure(figure.id);
  return citation(figure);
}

const TONNES_PER_UNIT: Partial<Record<Figure["unit"], number>> = { tonnes: 1, kg: 0.001 };

/** Why a place has no figure for a year, with the places that have one (a port may, where its country has none). */
function noSeizureFigure(place: string, year: number): DeskError {
  const covered = SEIZURE_YEARS.includes(year as (typeof SEIZURE_YEARS)[number]);
  if (!covered) {
    return notAvailable("figures.yearNotCovered", {
      place,
      year: String(year),
      first: String(SEIZURE_YEARS[0]),
      last: String(SEIZURE_YEARS[SEIZURE_YEARS.length - 1]),
    });
  }
  const others = SEIZURE_PLACES.filter((p) => seizureFigureIds(p, year) !== undefined);
  return notAvailable("figures.notReported", {
    place,
    year: String(year),
    others: others.length > 0 ? others.join(", ") : msg("figures.noPlace"),
  });
}

export function seizedTonnes(
  placeCell: unknown,
  yearCell: unknown,
  sourceCell: unknown
): number | DeskError {
  const placeName = readText(placeCell, "place");
  if (typeof placeName !== "string") return placeName;
  const place = resolveSeizurePlace(placeName);
  if (!place) {
    return notAvailable("figures.unknownPlace", {
      place: placeName,
      places: SEIZURE_PLACES.join(", "),
    });
  }
  const year = readNumber(yearCell, "year");
  if (typeof year !== "number") return year;
  if (!Number.isInteger(year)) return badValue("figures.wholeYear", { year: String(year) });
  const ids = seizureFigureIds(place, year);
  if (!ids) return noSeizureFigure(place, year);
  let id = ids.default;
  if (!isEmpty(sourceCell)) {
    const asked = readText(sourceCell, "source");
    if (typeof asked !== "string") return asked;
    const key = resolveSeizureSource(asked);
    if (!key)
      return badValue("figures.unknownSource", {
        source: asked,
        sources: Object.keys(SEIZURE_SOURCE_KEYS).join(", "),
      });
    const chosen = seizureFigureId(place, year, key);
    if (!chosen) {
      return notAvailable("figures.noSourceFigure", {
        source: key,
        place,
        year: String(year),
        published: Object.keys(ids.bySource).join(", "),
      });
    }
    id = chosen;
  }
  const figure = figureById(id);
  const factor =
    figure && typeof figure.value === "number" ? TONNES_PER_UNIT[figure.unit] : undefined;
  if (!figure || factor === undefined) return notAvailable("figures.notTonnes", { id });
  usageLog.recordFigure(figure.id);
  return (figure.value as number) * factor;
}

type UserQuantity = "share" | "users";

function userFigure(
  regionCell: unknown,
  basisCell: unknown,
  quantity: UserQuantity
): number | DeskError {
  const regionName = readText(regionCell, "region");
  if (typeof regionName !== "string") return regionName;
  const region = resolveUserRegion(regionName);
  if (!region)
    return notAvailable("figures.unknownRegion", {
      region: regionName,
      regions: USER_REGIONS.join(", "),
    });
  let basisName = "";
  if (!isEmpty(basisCell)) {
    const asked = readText(basisCell, "basis");
    if (typeof asked !== "string") return asked;
    if (!resolveUserBasis(asked))
      return badValue("figures.unknownBasis", { basis: asked, bases: USER_BASES.join(", ") });
    basisName = asked;
  }
  const basis =
    basisName === "" ? msg("figures.defaultBasis") : (resolveUserBasis(basisName) ?? "");
  const ids = userShareIds(region, basisName);
  const id = ids && (quantity === "share" ? ids.shareId : ids.usersId);
  if (!id) {
    return notAvailable(quantity === "share" ? "figures.noUserShare" : "figures.noUserCount", {
      basis,
      region,
    });
  }
  const figure = figureById(id);
  if (!figure || typeof figure.value !== "number") return notAvailable("figures.notNumber", { id });
  return answer(figure) as number;
}

export function shareOfUsers(regionCell: unknown, basisCell: unknown): number | DeskError {
  return userFigure(regionCell, basisCell, "share");
}

export function userCount(regionCell: unknown, basisCell: unknown): number | DeskError {
  return userFigure(regionCell, basisCell, "users");
}
