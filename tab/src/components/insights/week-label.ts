// Week labels: "23 Nov" (short, under the bars) and "23 November 2026" (the table), in the
// reader's language. Weeks are local dates, so they are formatted as UTC calendar dates.

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    formats.set(key, found);
  }
  return found;
}

const dateOf = (localDate: string) => new Date(`${localDate}T00:00:00Z`);

export function shortWeek(localDate: string, locale: string): string {
  return format(locale, { day: "numeric", month: "short" }).format(dateOf(localDate));
}

export function longWeek(localDate: string, locale: string): string {
  return format(locale, { day: "numeric", month: "long", year: "numeric" }).format(dateOf(localDate));
}
