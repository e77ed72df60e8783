export async function resizeImage(bucket: string, key: string, sizes: number[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10 * sizes.length));
  void bucket;
  void key;
}

export async function makeThumbnail(image: Buffer): Promise<Buffer> {
  return image.subarray(0, Math.min(image.length, 1024));
}
