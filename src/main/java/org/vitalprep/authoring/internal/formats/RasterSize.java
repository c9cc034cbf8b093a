package org.vitalprep.authoring.internal.formats;

/** Width and height of a PNG, GIF or JPEG from its header, so an imported picture keeps its proportions. */
final class RasterSize {

    private RasterSize() {
    }

    /** {width, height}, or null when the header does not say (or is not one of these formats). */
    static int[] of(byte[] d) {
        if (d == null) return null;
        if (d.length >= 24 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return valid(be32(d, 16), be32(d, 20)); // IHDR follows the 8-byte signature and the chunk header
        }
        if (d.length >= 10 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F') {
            return valid((d[6] & 0xFF) | (d[7] & 0xFF) << 8, (d[8] & 0xFF) | (d[9] & 0xFF) << 8);
        }
        if (d.length >= 4 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8) {
            int i = 2;
            while (i + 9 < d.length) {
                if ((d[i] & 0xFF) != 0xFF) return null;
                int marker = d[i + 1] & 0xFF;
                int length = (d[i + 2] & 0xFF) << 8 | (d[i + 3] & 0xFF);
                // start-of-frame markers (not DHT C4, JPG C8, DAC CC) carry height then width
                if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                    return valid((d[i + 7] & 0xFF) << 8 | (d[i + 8] & 0xFF), (d[i + 5] & 0xFF) << 8 | (d[i + 6] & 0xFF));
                }
                if (length < 2) return null;
                i += 2 + length;
            }
        }
        return null;
    }

    private static int be32(byte[] d, int at) {
        return (d[at] & 0xFF) << 24 | (d[at + 1] & 0xFF) << 16 | (d[at + 2] & 0xFF) << 8 | (d[at + 3] & 0xFF);
    }

    private static int[] valid(int w, int h) {
        return w > 0 && h > 0 && w <= 20_000 && h <= 20_000 ? new int[]{w, h} : null;
    }
}
