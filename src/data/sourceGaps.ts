/**
 * The reasons recorded on a source whose title or day is missing (`titleNotGiven`, `dayNotGiven`): what
 * the stored copy of the page showed when it was looked up, in one wording each.
 */
export const NO_COPY_FOUND = "No stored copy of the page was found to read it from.";
export const COPY_WITHOUT_HEADLINE =
  "The stored copy holds the article's text without its headline.";
export const COPY_SHOWS_MONTH = "The stored copy of the page shows the month only.";
export const COPY_SHOWS_NO_DATE = "The stored copy of the page shows no date.";
