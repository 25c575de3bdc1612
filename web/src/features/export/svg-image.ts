// Images of a view drawn as SVG (the map): the SVG itself, standing alone, and a PNG rendered from it.
import { downloadBlob } from '../../lib/download';

/** Longest side of the PNG: twice a 1440-pixel screen's detail, and far below any browser's canvas limit. */
const PNG_WIDTH = 2400;

/**
 * A copy that stands alone: explicit size, a title, a white background, and nothing interactive. Fills and
 * strokes are attributes on the shapes already, so no stylesheet is needed to read it.
 */
export function standaloneSvg(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const [, , width = '1000', height = '560'] = (copy.getAttribute('viewBox') ?? '0 0 1000 560').split(' ');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(Number(width))));
  copy.setAttribute('height', String(Math.round(Number(height))));
  for (const element of copy.querySelectorAll('[tabindex], [role], [aria-pressed]')) {
    element.removeAttribute('tabindex');
    element.removeAttribute('role');
    element.removeAttribute('aria-pressed');
  }
  const heading = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  heading.textContent = title;
  copy.insertBefore(heading, copy.firstChild);
  const [x = '0', y = '0'] = (copy.getAttribute('viewBox') ?? '').split(' ');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  for (const [name, value] of Object.entries({ x, y, width, height, fill: '#ffffff' })) background.setAttribute(name, value);
  copy.insertBefore(background, heading.nextSibling);
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvgImage(svg: SVGSVGElement, title: string, fileName: string): void {
  downloadBlob(new Blob([standaloneSvg(svg, title)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

export async function downloadSvgAsPng(svg: SVGSVGElement, title: string, fileName: string): Promise<void> {
  downloadBlob(await svgToPng(standaloneSvg(svg, title), (width) => PNG_WIDTH / Math.max(width, 1)), fileName);
}

/** A PNG of an SVG document, drawn `scaleOf(its width, its height)` times its own size. */
export async function svgToPng(text: string, scaleOf: (width: number, height: number) => number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const scale = scaleOf(image.naturalWidth, image.naturalHeight);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('export: no 2D canvas to draw the PNG on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('export: the browser could not encode the PNG');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
