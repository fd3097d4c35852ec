package org.sochdb.vector.hnsw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sochdb.vector.math.VectorSimilarity;

class HnswFileTest {

  @TempDir Path dir;

  private static final float[][] DATA = TestVectors.random(2200, 16, 41);
  private static final float[][] QUERIES = TestVectors.random(50, 16, 42);

  private static HnswIndex build(int n) {
    HnswIndex index = new HnswIndex(16, VectorSimilarity.COSINE, 8, 50, 3);
    for (int i = 0; i < n; i++) {
      index.add(DATA[i]);
    }
    return index;
  }

  private static void assertSameSearches(HnswIndex expected, HnswIndex actual) {
    for (float[] q : QUERIES) {
      TopHits a = expected.search(q, 10, 30, null);
      TopHits b = actual.search(q, 10, 30, null);
      assertArrayEquals(a.ordinals(), b.ordinals());
      assertArrayEquals(a.distances(), b.distances(), 0f);
    }
  }

  @Test
  void roundTripGivesTheSameIndexAndItGrowsTheSame() throws IOException {
    HnswIndex original = build(2000);
    Path file = dir.resolve("vectors.hnsw");
    original.writeTo(file);
    HnswIndex reopened = HnswIndex.readFrom(file);
    assertEquals(2000, reopened.size());
    assertEquals(16, reopened.dimension());
    assertEquals(VectorSimilarity.COSINE, reopened.similarity());
    assertEquals(8, reopened.m());
    assertEquals(50, reopened.efConstruction());
    assertEquals(original.ramBytesUsed(), reopened.ramBytesUsed());
    for (int i = 0; i < 2000; i += 97) {
      assertArrayEquals(original.vector(i), reopened.vector(i), 0f);
    }
    assertSameSearches(original, reopened);
    for (int i = 2000; i < 2200; i++) {
      assertEquals(original.add(DATA[i]), reopened.add(DATA[i]));
    }
    assertSameSearches(original, reopened);
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void emptyIndexRoundTrips() throws IOException {
    Path file = dir.resolve("empty.hnsw");
    new HnswIndex(5, VectorSimilarity.DOT_PRODUCT, 4, 10, 1).writeTo(file);
    HnswIndex reopened = HnswIndex.readFrom(file);
    assertEquals(0, reopened.size());
    assertEquals(VectorSimilarity.DOT_PRODUCT, reopened.similarity());
    assertEquals(0, reopened.add(new float[] {1, 2, 3, 4, 5}));
  }

  @Test
  void refusesDamagedFiles() throws IOException {
    Path file = dir.resolve("good.hnsw");
    build(600).writeTo(file);
    byte[] good = Files.readAllBytes(file);
    Path bad = dir.resolve("bad.hnsw");

    assertEquals(bad + " is not a SochDB HNSW index file (wrong magic bytes)",
        refused(bad, flip(good, 0)));
    assertEquals(bad + " has HNSW format version 257; this build reads version 1",
        refused(bad, flip(good, 9)));
    String checksum = "HNSW index file " + bad + " is corrupt: checksum mismatch";
    int vectorsStart = 44 + 600;
    assertEquals(checksum, refused(bad, flip(good, vectorsStart + 1234)));
    assertEquals(checksum, refused(bad, flip(good, good.length - 1)));
    assertEquals(checksum, refused(bad, flip(good, good.length - 4000)));
    String truncated = "HNSW index file " + bad + " is truncated";
    for (int length : new int[] {0, 5, 30, vectorsStart + 100, good.length - 100, good.length - 1}) {
      assertEquals(truncated, refused(bad, Arrays.copyOf(good, length)), "length " + length);
    }
    byte[] longer = Arrays.copyOf(good, good.length + 3);
    assertEquals("HNSW index file " + bad + " is corrupt: bytes after the checksum",
        refused(bad, longer));
  }

  @Test
  void corruptLinkCountIsRefusedBeforeTheChecksum() throws IOException {
    Path file = dir.resolve("good.hnsw");
    HnswIndex index = build(100);
    index.writeTo(file);
    byte[] bytes = Files.readAllBytes(file);
    int linksStart = 44 + 100 + 100 * 16 * 4;
    bytes[linksStart + 3] = 0x40;
    Path bad = dir.resolve("bad.hnsw");
    String message = refused(bad, bytes);
    assertTrue(message.startsWith("HNSW index file " + bad + " is corrupt: node 0 has "), message);
  }

  private static byte[] flip(byte[] bytes, int at) {
    byte[] copy = bytes.clone();
    copy[at] ^= 0x01;
    return copy;
  }

  private static String refused(Path file, byte[] content) throws IOException {
    Files.write(file, content);
    return assertThrows(IOException.class, () -> HnswIndex.readFrom(file)).getMessage();
  }

  @Test
  void writesAConsistentSnapshotWhileAddsContinue() throws Exception {
    HnswIndex index = build(1000);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread adder = new Thread(() -> {
      try {
        for (int i = 1000; i < 2200; i++) {
          index.add(DATA[i]);
        }
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    adder.start();
    Path file = dir.resolve("live.hnsw");
    int snapshots = 0;
    while (adder.isAlive() || snapshots == 0) {
      index.writeTo(file);
      HnswIndex copy = HnswIndex.readFrom(file);
      assertTrue(copy.size() >= 1000 && copy.size() <= 2200);
      float[][] prefix = Arrays.copyOf(DATA, copy.size());
      assertTrue(TestVectors.recall(copy, prefix, QUERIES, 10, 60, null) >= 0.9);
      snapshots++;
    }
    adder.join();
    assertEquals(null, failure.get());
    assertTrue(snapshots >= 1);
  }
}
