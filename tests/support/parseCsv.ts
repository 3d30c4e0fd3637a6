/**
 * A strict RFC 4180 reader for the tests: it refuses what a lenient reader would guess at (a bare CR or LF,
 * a quote inside an unquoted field, text after a closing quote), so a writer's mistake cannot slip through.
 * `separator` is "," or, for the CSV written for French, Dutch and German Excel, ";".
 */
export function parseCsv(text: string, separator: "," | ";" = ","): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
      if (i < text.length && text[i] !== separator && text[i] !== "\r")
        throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    const ch = text[i];
    if (ch === separator) {
      endField();
      i++;
    } else if (ch === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (ch === "\n") {
      throw new Error(`bare LF at ${i}`);
    } else if (ch === '"') {
      throw new Error(`quote inside an unquoted field at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || record.length > 0) throw new Error("last record not ended by CRLF");
  return records;
}
