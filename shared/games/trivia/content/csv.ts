// A small CSV reader (RFC 4180): fields separated by a delimiter, optionally in double quotes;
// inside quotes a doubled quote is a quote, and delimiters and line breaks are text. Lines may
// end in LF or CRLF. Each record keeps the line it starts on, so a skipped row can be named.

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvResult {
  records: CsvRecord[];
  /** The line of a quote that is never closed; everything after it is lost. */
  unclosedQuoteLine?: number;
}

/** The delimiter used in the first line: a comma, or a semicolon or tab as spreadsheet programs in some locales write. */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (d: string) => firstLine.split(d).length - 1;
  return [";", "\t"].find((d) => count(d) > count(",")) ?? ",";
}

export function parseCsv(text: string, delimiter = ","): CsvResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  let fieldStarted = false;

  const endField = () => {
    fields.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
        field += c;
      }
    } else if (c === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (c === delimiter) {
      endField();
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) return { records, unclosedQuoteLine: quoteLine };
  if (field !== "" || fields.length > 0 || fieldStarted) endRecord();
  return { records };
}
