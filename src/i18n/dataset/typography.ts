/**
 * French spacing, applied to a whole translation so that the text can be written with plain spaces: a
 * no-break space before a colon and inside « », a narrow no-break space before ; ! ? and between thousands (the Imprimerie
 * nationale's rules, as Le Soir and Le Monde set them), so that no line breaks between a word and its sign.
 */
const NBSP = "\u00a0";
const NNBSP = "\u202f";

function frenchLine(text: string): string {
  return (
    text
      // Thousands in figures written in the text ("2 200 €"), as Intl writes them.
      .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NNBSP}`)
      .replace(/ :/g, `${NBSP}:`)
      .replace(/ ([;!?])/g, `${NNBSP}$1`)
      .replace(/« /g, `«${NBSP}`)
      .replace(/ »/g, `${NBSP}»`)
  );
}

/** Every string in `value` (objects and arrays walked through) with French spacing. */
export function frenchSpacing<T>(value: T): T {
  if (typeof value === "string") return frenchLine(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => frenchSpacing(v)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, frenchSpacing(v)])) as T;
  return value;
}
