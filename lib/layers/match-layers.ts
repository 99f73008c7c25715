/** An uploaded image page or layer, by the name it was uploaded under. */
export interface NamedUpload {
  /** The upload's file name (display only). */
  file: string;
}

export interface LayerUpload extends NamedUpload {
  /** The image the layer names itself (hOCR `image`, ALTO `fileName`, PAGE `imageFilename`), bare. */
  imageName?: string;
}

export interface LayerMatch {
  /** For each image, the index of its layer in `layers`, or null. */
  layerOf: (number | null)[];
  /** Layers that fit no image, with why. */
  unmatched: { layer: number; message: string }[];
}

/** "memo.p1.light.xml", "memo.p1.light.hocr" and "memo.p1.light.png" all stand for "memo.p1.light". */
const stem = (name: string) => name.replace(/\.[^.]+$/, "").toLowerCase();

/**
 * Pairs layers with images: first by the image a layer names, then by equal file stems
 * (memo-p1.png ↔ memo-p1.xml), then, when exactly one image and one layer are left, with each
 * other (an upload of one page needs no naming). `explicit` pairs (layer file → image file) win.
 */
export function matchLayers(images: readonly NamedUpload[], layers: readonly LayerUpload[], explicit: ReadonlyMap<string, string> = new Map()): LayerMatch {
  const layerOf: (number | null)[] = images.map(() => null);
  const taken = new Set<number>();
  const pair = (image: number, layer: number) => {
    layerOf[image] = layer;
    taken.add(layer);
  };
  const free = (i: number) => layerOf[i] === null;
  layers.forEach((l, li) => {
    const target = explicit.get(l.file);
    const image = target === undefined ? -1 : images.findIndex((im, i) => free(i) && im.file === target);
    if (image >= 0) pair(image, li);
  });
  layers.forEach((l, li) => {
    if (taken.has(li) || !l.imageName) return;
    const image = images.findIndex((im, i) => free(i) && im.file.toLowerCase() === l.imageName!.toLowerCase());
    if (image >= 0) pair(image, li);
  });
  layers.forEach((l, li) => {
    if (taken.has(li)) return;
    const image = images.findIndex((im, i) => free(i) && stem(im.file) === stem(l.file));
    if (image >= 0) pair(image, li);
  });
  const leftImages = images.map((_, i) => i).filter(free);
  const leftLayers = layers.map((_, i) => i).filter((i) => !taken.has(i));
  if (leftImages.length === 1 && leftLayers.length === 1) pair(leftImages[0]!, leftLayers[0]!);
  const unmatched = layers
    .map((l, li) => ({ l, li }))
    .filter(({ li }) => !taken.has(li))
    .map(({ l, li }) => ({
      layer: li,
      message: l.imageName
        ? `it names the image ${l.imageName}, which is not among the uploaded images`
        : "it names no image and no uploaded image has the same name",
    }));
  return { layerOf, unmatched };
}
