package org.sochdb.vector.io;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a {@code .npy} file: magic {@code \x93NUMPY}, a version, the header's length
 * (2 bytes in version 1, 4 in versions 2 and 3) and a Python dict literal naming the dtype, the
 * order and the shape. Only 2-d C-ordered little-endian float32 arrays are accepted.
 */
final class NpyHeader {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
  /** numpy aligns the data to this many bytes. */
  private static final int ALIGN = 64;

  private NpyHeader() {}

  /** Reads the header; returns {rows, columns}. */
  static long[] read(DataInputStream in, String file) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (java.util.Arrays.equals(magic, MAGIC) == false) {
      throw new IOException(file + ": not a .npy file (no \\x93NUMPY magic)");
    }
    int major = in.readUnsignedByte();
    in.readUnsignedByte();
    int length;
    if (major == 1) {
      length = in.readUnsignedByte() | in.readUnsignedByte() << 8;
    } else if (major == 2 || major == 3) {
      length = Integer.reverseBytes(in.readInt());
    } else {
      throw new IOException(file + ": .npy format version " + major + " is not supported (1, 2 and 3 are)");
    }
    if (length < 0 || length > 1 << 20) {
      throw new IOException(file + ": .npy header length " + length + " is not plausible");
    }
    byte[] text = new byte[length];
    in.readFully(text);
    String dict = new String(text, StandardCharsets.ISO_8859_1);
    String descr = group(DESCR, dict, "descr", file);
    if (descr.equals("<f4") == false) {
      throw new IOException(file + ": .npy dtype '" + descr + "' is not supported; convert the array to "
          + "little-endian float32 ('<f4'), e.g. a.astype('<f4')");
    }
    if (group(FORTRAN, dict, "fortran_order", file).equals("True")) {
      throw new IOException(file + ": .npy array is in Fortran order; save a C-ordered copy (np.ascontiguousarray)");
    }
    String[] dims = group(SHAPE, dict, "shape", file).split(",");
    long[] shape = java.util.Arrays.stream(dims).map(String::trim).filter(s -> s.isEmpty() == false)
        .mapToLong(Long::parseLong).toArray();
    if (shape.length != 2) {
      throw new IOException(file + ": .npy array has " + shape.length + " dimensions; a 2-d array "
          + "(vectors x dimension) is needed");
    }
    return shape;
  }

  private static String group(Pattern p, String dict, String key, String file) throws IOException {
    Matcher m = p.matcher(dict);
    if (m.find() == false) {
      throw new IOException(file + ": .npy header has no '" + key + "': " + dict.trim());
    }
    return m.group(1);
  }

  /** A version 1 header for {@code rows x columns} float32 values, padded to the alignment. */
  static byte[] bytes(long rows, int columns) {
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }";
    int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
    int padding = (ALIGN - unpadded % ALIGN) % ALIGN;
    String text = dict + " ".repeat(padding) + "\n";
    byte[] out = new byte[MAGIC.length + 4 + text.length()];
    System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
    out[6] = 1;
    out[7] = 0;
    out[8] = (byte) text.length();
    out[9] = (byte) (text.length() >>> 8);
    System.arraycopy(text.getBytes(StandardCharsets.ISO_8859_1), 0, out, 10, text.length());
    return out;
  }
}
