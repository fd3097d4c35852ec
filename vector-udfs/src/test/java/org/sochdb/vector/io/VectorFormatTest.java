package org.sochdb.vector.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .npy, .fvecs and raw float32 readers and writers: exact bytes, exact values and the refusals. */
class VectorFormatTest {
  private static final float[][] VECTORS = {{1.5f, -2f, 0.25f}, {0f, 3f, -0.5f}};

  @TempDir
  Path dir;

  @Test
  void npyIsWrittenAsNumpyWritesItAndReadBack() throws IOException {
    Path f = write(dir.resolve("v.npy"), VectorFormat.NPY);
    byte[] bytes = Files.readAllBytes(f);
    assertEquals(128 + 24, bytes.length, "the header is padded to 64 bytes");
    String header = new String(bytes, 10, 118, StandardCharsets.ISO_8859_1);
    assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", header.trim());
    assertEquals('\n', header.charAt(117));
    assertEquals(1.5f, ByteBuffer.wrap(bytes, 128, 4).order(ByteOrder.LITTLE_ENDIAN).getFloat());
    assertReads(f, VectorFormat.NPY, null);
  }

  @Test
  void fvecsPrefixesEachVectorWithItsDimension() throws IOException {
    Path f = write(dir.resolve("v.fvecs"), VectorFormat.FVECS);
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f)).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(32, b.remaining());
    assertEquals(3, b.getInt(0));
    assertEquals(-2f, b.getFloat(8));
    assertEquals(3, b.getInt(16));
    assertEquals(-0.5f, b.getFloat(28));
    assertReads(f, VectorFormat.FVECS, null);
    assertReads(f, VectorFormat.FVECS, 3);
  }

  @Test
  void rawHoldsTheFloatsAloneAndNeedsTheDimension() throws IOException {
    Path f = write(dir.resolve("v.f32"), VectorFormat.RAW_F32);
    assertEquals(24, Files.size(f));
    assertReads(f, VectorFormat.RAW_F32, 3);
    assertEquals(3, VectorFormat.RAW_F32.open(f, 2).count(), "6 floats read as 3 vectors of 2");
    assertEquals(f + ": a raw float32 file needs its dimension (--dimension N)",
        assertThrows(IOException.class, () -> VectorFormat.RAW_F32.open(f, null)).getMessage());
    assertEquals(f + ": size 24 bytes is not a whole number of float32 vectors of dimension 5 (20 bytes each)",
        assertThrows(IOException.class, () -> VectorFormat.RAW_F32.open(f, 5)).getMessage());
  }

  @Test
  void formatsComeFromExtensionsAndNames() {
    assertEquals(VectorFormat.NPY, VectorFormat.of(Path.of("a/b.NPY")));
    assertEquals(VectorFormat.FVECS, VectorFormat.of(Path.of("sift.fvecs")));
    assertEquals(VectorFormat.RAW_F32, VectorFormat.of(Path.of("x.bin")));
    assertEquals(VectorFormat.RAW_F32, VectorFormat.parse("raw_f32"));
    assertEquals("unknown vector format 'csv': expected raw_f32, npy or fvecs",
        assertThrows(IllegalArgumentException.class, () -> VectorFormat.parse("csv")).getMessage());
  }

  @Test
  void otherNpyArraysAreRefusedClearly() throws IOException {
    assertEquals(refusal("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }"),
        ": .npy dtype '<f8' is not supported; convert the array to little-endian float32 ('<f4'), e.g. a.astype('<f4')");
    assertEquals(refusal("{'descr': '>f4', 'fortran_order': False, 'shape': (2, 3), }"),
        ": .npy dtype '>f4' is not supported; convert the array to little-endian float32 ('<f4'), e.g. a.astype('<f4')");
    assertEquals(refusal("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }"),
        ": .npy array is in Fortran order; save a C-ordered copy (np.ascontiguousarray)");
    assertEquals(refusal("{'descr': '<f4', 'fortran_order': False, 'shape': (6,), }"),
        ": .npy array has 1 dimensions; a 2-d array (vectors x dimension) is needed");
    Path notNpy = Files.write(dir.resolve("x.npy"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    assertEquals(notNpy + ": not a .npy file (no \\x93NUMPY magic)",
        assertThrows(IOException.class, () -> VectorFormat.NPY.open(notNpy, null)).getMessage());
  }

  @Test
  void damagedFilesAndWrongDimensionsAreRefused() throws IOException {
    Path f = write(dir.resolve("v.fvecs"), VectorFormat.FVECS);
    assertEquals(f + ": vectors have dimension 3, not 4",
        assertThrows(IOException.class, () -> VectorFormat.FVECS.open(f, 4)).getMessage());
    byte[] bytes = Files.readAllBytes(f);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 2).putInt(28, 0);
    Path mixed = Files.write(dir.resolve("mixed.fvecs"), bytes);
    try (VectorReader r = VectorFormat.FVECS.open(mixed, null)) {
      r.next();
      assertEquals(mixed + ": vector 1 has dimension 2, the first has 3",
          assertThrows(IOException.class, r::next).getMessage());
    }
    Path missing = dir.resolve("none.npy");
    assertThrows(NoSuchFileException.class, () -> VectorFormat.NPY.open(missing, null));
    Path npy = write(dir.resolve("v.npy"), VectorFormat.NPY);
    Path cut = Files.write(dir.resolve("cut.npy"), java.util.Arrays.copyOf(Files.readAllBytes(npy), 136));
    try (VectorReader r = VectorFormat.NPY.open(cut, null)) {
      assertEquals(cut + ": truncated at vector 0 of 2", assertThrows(IOException.class, r::next).getMessage());
    }
  }

  @Test
  void anUnfinishedWriteLeavesNoFile() throws IOException {
    Path f = dir.resolve("v.npy");
    try (VectorWriter w = VectorFormat.NPY.create(f, 3, 2)) {
      w.write(VECTORS[0]);
      assertThrows(IllegalStateException.class, w::finish);
    }
    assertFalse(Files.exists(f));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "no temporary file is left");
    }
  }

  private Path write(Path f, VectorFormat format) throws IOException {
    try (VectorWriter w = format.create(f, 3, VECTORS.length)) {
      for (float[] v : VECTORS) {
        w.write(v);
      }
      w.finish();
    }
    return f;
  }

  private static void assertReads(Path f, VectorFormat format, Integer dimension) throws IOException {
    try (VectorReader r = format.open(f, dimension)) {
      assertEquals(3, r.dimension());
      assertEquals(2, r.count());
      assertArrayEquals(VECTORS[0], r.next());
      assertArrayEquals(new float[][] {VECTORS[1]}, r.readAll());
      assertNull(r.next());
    }
  }

  /** The message (after the file name) for a .npy file with this header dict and no data. */
  private String refusal(String dict) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) (dict.length() + 1), 0});
    b.write((dict + "\n").getBytes(StandardCharsets.ISO_8859_1));
    Path f = Files.write(dir.resolve("bad.npy"), b.toByteArray());
    String message = assertThrows(IOException.class, () -> VectorFormat.NPY.open(f, null)).getMessage();
    return message.substring(f.toString().length());
  }
}
