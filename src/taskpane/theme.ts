/**
 * Light or dark, following Office where it tells (Office.context.officeTheme: its colours become the
 * pane's CSS custom properties) and the system's prefers-color-scheme otherwise. The stylesheet reads
 * data-theme on the root element.
 *
 * Office's theme is read when the pane opens. The OfficeThemeChanged event that would report a change is
 * Outlook's (Mailbox 1.14: https://learn.microsoft.com/javascript/api/outlook/office.officethemechangedeventargs),
 * not Excel's, so the pane does not listen for it.
 */

/** Relative luminance (0 black … 1 white) of a "#rrggbb" colour. */
function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return 1;
  const channels = [0, 2, 4].map((i) => parseInt(match[1].slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function withHash(color: string): string {
  return color.startsWith("#") ? color : `#${color}`;
}

/** Office's theme, or undefined where the page runs outside Office or the host does not tell. */
function officeTheme(): Office.OfficeTheme | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  } catch {
    return undefined;
  }
}

let officeThemed = false;

/** Applies Office's theme (the current one unless given) if Office gives one; returns whether it did. */
export function applyOfficeTheme(
  theme: Office.OfficeTheme | undefined = officeTheme(),
  root: HTMLElement = document.documentElement
): boolean {
  if (!theme?.bodyBackgroundColor || !theme.bodyForegroundColor) return false;
  const properties: [string, string | undefined][] = [
    ["--desk-bg", theme.bodyBackgroundColor],
    ["--desk-fg", theme.bodyForegroundColor],
    ["--desk-control-bg", theme.controlBackgroundColor],
    ["--desk-control-fg", theme.controlForegroundColor],
  ];
  for (const [name, value] of properties) if (value) root.style.setProperty(name, withHash(value));
  root.setAttribute(
    "data-theme",
    luminance(withHash(theme.bodyBackgroundColor)) < 0.2 ? "dark" : "light"
  );
  officeThemed = true;
  return true;
}

/** Follows prefers-color-scheme, now and when it changes, until Office's theme takes over. */
export function followColorScheme(root: HTMLElement = document.documentElement): void {
  if (typeof window.matchMedia !== "function") return;
  const dark = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = (): void => {
    if (!officeThemed) root.setAttribute("data-theme", dark.matches ? "dark" : "light");
  };
  apply();
  dark.addEventListener("change", apply);
}
