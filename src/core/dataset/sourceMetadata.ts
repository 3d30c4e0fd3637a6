/**
 * What a reader needs to find a source again: its own title, its full date, and the page itself rather than
 * the publisher's home page. A title or day the page does not give is allowed only with the reason recorded
 * (`titleNotGiven`, `dayNotGiven`), so that a gap is a documented fact, never an omission.
 */
import type { Source } from "../../data/types";

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_OR_MONTH = /^\d{4}(-\d{2})?$/;
/** Section names that say nothing of the page ("Home", "News", "Nieuws"), in the dataset's languages. */
const GENERIC_TITLE =
  /^(home|homepage|accueil|startseite|inicio|news|nieuws|actualités?|nachrichten|noticias|notícias|notizie|untitled|article|artikel)$/i;
/** A path that is no more than a language or edition segment: "/", "/fr/", "/nl". */
const HOME_PATH = /^\/?([a-z]{2}(-[a-z]{2})?\/?)?$/i;

function isCalendarDay(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** True for an address that is a site's front page: nothing after the host but a language segment. */
export function isHomePageUrl(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return search === "" && HOME_PATH.test(pathname);
  } catch {
    return false;
  }
}

function titleProblems(s: Source): string[] {
  const title = s.title?.trim();
  const reason = s.titleNotGiven?.trim();
  if (title && reason) return ["has a title and a reason for having none"];
  if (!title) return reason ? [] : ["no title, and no titleNotGiven saying why"];
  const problems: string[] = [];
  if (GENERIC_TITLE.test(title) || title.toLowerCase() === s.publisher.trim().toLowerCase())
    problems.push(`title "${title}" names a section or the publisher, not the page`);
  if (title.endsWith("…") && !/truncated/i.test(s.note ?? ""))
    problems.push("a title cut short with … needs a note saying it is truncated");
  return problems;
}

function dateProblems(s: Source): string[] {
  const reason = s.dayNotGiven?.trim();
  if (FULL_DAY.test(s.date)) {
    if (!isCalendarDay(s.date)) return [`date ${s.date} is not a calendar day`];
    return reason ? ["has a full date and a reason for having none"] : [];
  }
  if (YEAR_OR_MONTH.test(s.date) && !reason)
    return [`date ${s.date} stops short of the day, and no dayNotGiven says why`];
  return [];
}

/** Each breach as a sentence starting "Source <id>:"; empty when title, date and address hold. */
export function sourceMetadataProblems(s: Source): string[] {
  const problems = [...titleProblems(s), ...dateProblems(s)];
  if (isHomePageUrl(s.url))
    problems.push(`${s.url} is a publisher's home page, not the page cited`);
  return problems.map((p) => `Source ${s.id}: ${p}`);
}
