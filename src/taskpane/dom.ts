/**
 * The one way the pane builds DOM: elements with text set through textContent and attributes through
 * setAttribute. Dataset strings never pass through an HTML parser, so markup in them shows as text.
 */

export interface ElementSpec {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  spec: ElementSpec = {},
  children: Node[] = []
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (spec.className) element.className = spec.className;
  if (spec.text !== undefined) element.textContent = spec.text;
  for (const [name, value] of Object.entries(spec.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) element.appendChild(child);
  return element;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Removes every child: the pane re-renders a region by emptying it and appending new nodes. */
export function clear(element: Element): void {
  while (element.firstChild) element.removeChild(element.firstChild);
}

/** A document-unique id fragment from a table id (ids are lowercase words and hyphens; anything else goes). */
export function idFragment(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, "_");
}
