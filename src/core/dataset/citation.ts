/** The citation text a journalist pastes under a figure: publisher, title, date and address of every source. */
import type { Figure, Source } from "../../data/types";

/** Added where the address is only the publisher's home page, so nobody cites it as the article itself. */
export const HOME_PAGE_REMARK = "(publisher's home page: the page itself was not recorded)";

/** `Europol, "New major interventions…", 2021-03-10, https://…` (title left out where it was not captured). */
export function sourceCitation(source: Source): string {
  const parts = [source.publisher];
  if (source.title) parts.push(`"${source.title}"`);
  parts.push(source.date, source.url);
  const text = parts.join(", ");
  return source.urlIsHomePage ? `${text} ${HOME_PAGE_REMARK}` : text;
}

/**
 * All sources of a figure, in the figure's order, joined by "; ". A source id with no record is named as
 * such rather than skipped, so a broken reference shows instead of silently shortening the citation.
 */
export function figureCitation(figure: Figure, lookup: (id: string) => Source | undefined): string {
  return figure.sourceIds
    .map((id) => {
      const source = lookup(id);
      return source ? sourceCitation(source) : `[unknown source ${id}]`;
    })
    .join("; ");
}
