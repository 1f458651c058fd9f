/**
 * The element objects satori lays out ({type, props}), written by hand so no
 * React is needed. Styles are satori's CSS subset (flexbox only).
 */
export type Style = Record<string, string | number>;

export interface ImageNode {
  type: 'div' | 'img';
  props: { style?: Style; children?: ImageChild | ImageChild[]; src?: string; width?: number; height?: number };
}
export type ImageChild = ImageNode | string;

export function div(style: Style, ...children: ImageChild[]): ImageNode {
  return { type: 'div', props: { style, children: children.length === 1 ? children[0]! : children } };
}

export function img(src: string, width: number, height: number, style: Style = {}): ImageNode {
  return { type: 'img', props: { src, width, height, style } };
}

/** Every string in the tree, in order (what the image says, for tests). */
export function textOf(node: ImageChild): string[] {
  if (typeof node === 'string') return [node];
  const c = node.props.children;
  if (c === undefined) return [];
  return (Array.isArray(c) ? c : [c]).flatMap(textOf);
}
