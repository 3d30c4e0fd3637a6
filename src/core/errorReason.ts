/** What went wrong, in words: an Error's message, or anything else thrown written as text. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
