/** The citation text a journalist pastes under a figure: publisher, title, date and address of every source. */
import type { Figure, Source } from "../../data/types";
import type { DatasetWords } from "../i18n/datasetTexts";
import { ENGLISH_WORDS } from "../i18n/englishWords";

/** Added where the address is only the publisher's home page, so nobody cites it as the article itself. */
export const HOME_PAGE_REMARK = ENGLISH_WORDS.homePageRemark;

/** The wire service named in a publisher ("Het Nieuwsblad (Belga)" -> "Belga"), or "wire". */
function wireOf(publisher: string): string {
  return /\b(Belga|AFP|dpa|ANP|Reuters)\b/.exec(publisher)?.[1] ?? "wire";
}

/**
 * `Europol, "New major interventions…", 2021-03-10, https://…` (title left out where it was not captured),
 * with "(the same Belga report as …)" where another source carries the same wire copy.
 */
export function sourceCitation(
  source: Source,
  lookup?: (id: string) => Source | undefined,
  words: DatasetWords = ENGLISH_WORDS
): string {
  const parts = [source.publisher];
  if (source.title) parts.push(`"${source.title}"`);
  parts.push(source.date, source.url);
  let text = parts.join(", ");
  const twin = source.sameReportAs ? lookup?.(source.sameReportAs) : undefined;
  if (twin)
    text += ` ${words.sameReport.replace("{wire}", wireOf(source.publisher)).replace("{publisher}", twin.publisher)}`;
  return source.urlIsHomePage ? `${text} ${words.homePageRemark}` : text;
}

/**
 * All sources of a figure, in the figure's order, joined by "; ". A source id with no record is named as
 * such rather than skipped, so a broken reference shows instead of silently shortening the citation.
 */
export function figureCitation(
  figure: Figure,
  lookup: (id: string) => Source | undefined,
  words: DatasetWords = ENGLISH_WORDS
): string {
  return figure.sourceIds
    .map((id) => {
      const source = lookup(id);
      return source
        ? sourceCitation(source, lookup, words)
        : words.unknownSource.replace("{id}", id);
    })
    .join("; ");
}
