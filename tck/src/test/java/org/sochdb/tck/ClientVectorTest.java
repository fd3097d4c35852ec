package org.sochdb.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sochdb.client.Collection;
import org.sochdb.client.CollectionConfig;
import org.sochdb.client.Namespace;
import org.sochdb.client.SearchRequest;
import org.sochdb.client.SearchResult;
import org.sochdb.client.SochDB;
import org.sochdb.client.Transaction;
import org.sochdb.client.VectorHit;
import org.sochdb.client.VectorIndex;
import org.sochdb.jdbc.errors.CollectionExistsException;
import org.sochdb.jdbc.errors.CollectionNotFoundException;
import org.sochdb.jdbc.errors.DimensionMismatchException;

/** The client's collections (insert, vector, keyword and hybrid search, filters, transactions) and VectorIndex. */
class ClientVectorTest {
  @TempDir
  Path dir;

  private SochDB db;
  private Namespace ns;
  private Collection docs;

  @BeforeEach
  void open() throws Exception {
    db = SochDB.open(Tck.memUrl("client_vector"));
    ns = db.createNamespace("tenant");
    docs = ns.createCollection(new CollectionConfig("docs", 2, "euclidean", 8, 50));
    docs.insert("a", new float[] {0, 0}, Map.of("color", "red", "kind", "fruit"), "red apple pie");
    docs.insert("b", new float[] {1, 0}, Map.of("color", "green", "kind", "fruit"), "green apple");
    docs.insert("c", new float[] {0, 2}, Map.of("color", "red", "kind", "car"), "red car engine");
    docs.insert("d", new float[] {3, 3});
  }

  @AfterEach
  void close() throws Exception {
    db.close();
  }

  private static List<String> ids(List<SearchResult> hits) {
    return hits.stream().map(SearchResult::id).toList();
  }

  @Test
  void vectorSearchRanksByDistanceAndFilters() throws Exception {
    List<SearchResult> hits = docs.vectorSearch(new float[] {0.5f, 0.1f}, 2);
    assertEquals(List.of("a", "b"), ids(hits));
    assertEquals(Math.sqrt(0.26), hits.get(0).distance(), 1e-6);
    assertEquals(Map.of("color", "red", "kind", "fruit"), hits.get(0).metadata());
    assertEquals("red apple pie", hits.get(0).content());
    assertEquals(Map.of(), docs.vectorSearch(new float[] {3, 3}, 1).get(0).metadata());
    assertEquals(List.of("a", "c"), ids(docs.search(new SearchRequest().vector(new float[] {1, 0}).k(5)
        .filter(Map.of("color", "red")).efSearch(20))));
    assertEquals(List.of("c"), ids(docs.search(new SearchRequest().vector(new float[] {1, 0}).k(5)
        .filter(Map.of("color", "red", "kind", "car")))));
  }

  @Test
  void keywordAndHybridSearch() throws Exception {
    List<SearchResult> hits = docs.keywordSearch("apple", 5);
    assertEquals(List.of("b", "a"), ids(hits), "the shorter document ranks first");
    assertEquals(null, hits.get(0).distance());
    assertEquals(List.of("a"), ids(docs.search(new SearchRequest().textQuery("apple").filter(Map.of("color", "red")))));
    // Reciprocal rank fusion: c is first by vector, a (tied with c) first by keyword; an even
    // weighting ties them, broken by id, and more weight on the vector side puts c first.
    assertEquals(List.of("a", "c", "b"), ids(docs.hybridSearch(new float[] {0, 2}, "red", 3)));
    assertEquals(List.of("c", "a", "b"),
        ids(docs.search(new SearchRequest().vector(new float[] {0, 2}).textQuery("red").k(3).alpha(0.7))));
    assertEquals(List.of("a", "c"), ids(docs.search(new SearchRequest().vector(new float[] {0, 2}).textQuery("apple")
        .k(2).alpha(0.2).filter(Map.of("color", "red")))));
  }

  @Test
  void insertReplacesDeleteRemovesAndCountCounts() throws Exception {
    assertEquals(4, docs.count());
    docs.insert("d", new float[] {0.1f, 0}, null, "moved");
    assertEquals(4, docs.count());
    assertEquals(List.of("d", "a"), ids(docs.vectorSearch(new float[] {0.2f, 0}, 2)));
    assertTrue(docs.delete("d"));
    assertFalse(docs.delete("d"));
    assertEquals(List.of("a", "b"), ids(docs.vectorSearch(new float[] {0.2f, 0}, 2)));
    List<String> made = docs.insertBatch(Arrays.asList("x", null), List.of(new float[] {5, 5}, new float[] {6, 6}),
        List.of(Map.of("n", 1), Map.of("n", 2)));
    assertEquals("x", made.get(0));
    assertEquals(36, made.get(1).length(), "a generated UUID");
    assertEquals(5, docs.count());
    assertEquals(List.of(made.get(1), "x"), ids(docs.vectorSearch(new float[] {7, 7}, 2)));
    assertEquals(Map.of("n", 2), docs.vectorSearch(new float[] {7, 7}, 1).get(0).metadata());
    String generated = docs.insert(null, new float[] {9, 9});
    assertEquals(List.of(generated), ids(docs.vectorSearch(new float[] {9, 9}, 1)));
  }

  @Test
  void aBatchWithAWrongVectorWritesNothing() throws Exception {
    DimensionMismatchException e = assertThrows(DimensionMismatchException.class,
        () -> docs.insertBatch(List.of("y", "z"), List.of(new float[] {1, 1}, new float[] {1, 2, 3}), null));
    assertEquals(2, e.getExpected());
    assertEquals(3, e.getActual());
    assertEquals(4, docs.count());
    assertThrows(DimensionMismatchException.class, () -> docs.insert("z", new float[] {1}));
    assertThrows(DimensionMismatchException.class, () -> docs.vectorSearch(new float[] {1, 2, 3}, 1));
  }

  @Test
  void collectionsAreCreatedFoundListedAndDropped() throws Exception {
    assertEquals("docs", docs.name());
    assertEquals("euclidean", docs.metric());
    assertEquals(OptionalInt.of(2), docs.dimension());
    Collection notes = ns.createCollection("notes", null, "dot");
    assertEquals(OptionalInt.empty(), notes.dimension());
    notes.insert("n1", new float[] {1, 2, 3});
    assertEquals(OptionalInt.of(3), notes.dimension(), "the first vector fixed it");
    assertEquals(List.of("docs", "notes"), ns.listCollections());
    assertEquals("docs", ns.collection("DOCS").name(), "names match ignoring case");
    assertEquals("dot", ns.collection("notes").metric());
    assertThrows(CollectionExistsException.class, () -> ns.createCollection("docs", 2, "cosine"));
    CollectionNotFoundException missing = assertThrows(CollectionNotFoundException.class, () -> ns.collection("nope"));
    assertEquals("collection \"nope\" does not exist in namespace \"tenant\"", missing.getMessage());
    ns.dropCollection("notes");
    assertEquals(List.of("docs"), ns.listCollections());
    assertThrows(CollectionNotFoundException.class, () -> ns.dropCollection("notes"));
    assertEquals(List.of(Map.of("n", 4L)), db.query("SELECT COUNT(*) AS n FROM tenant.docs"), "the same table in SQL");
  }

  @Test
  void insideATransactionWritesAreSeenByItAndGoneAfterRollback() throws Exception {
    try (Transaction tx = db.transaction()) {
      Collection inTx = tx.collection("tenant", "docs");
      inTx.insert("t", new float[] {10, 10}, Map.of("color", "red"), "apple");
      assertEquals(5, inTx.count());
      assertEquals(List.of("t"), ids(inTx.vectorSearch(new float[] {10, 10}, 1)));
      assertEquals(List.of("t", "b", "a"), ids(inTx.keywordSearch("apple", 5)));
      assertEquals(4, docs.count(), "not committed: others do not see it");
      tx.rollback();
      assertThrows(IllegalStateException.class, () -> inTx.count());
    }
    assertEquals(4, docs.count());
    assertEquals(List.of("d"), ids(docs.vectorSearch(new float[] {10, 10}, 1)));
    try (Transaction tx = db.transaction()) {
      tx.collection("tenant", "docs").insertBatch(List.of("u", "v"), List.of(new float[] {4, 4}, new float[] {5, 4}),
          null);
      tx.commit();
    }
    assertEquals(6, docs.count());
  }

  @Test
  void vectorIndexSearchesDeletesAndSurvivesASaveAndLoad() throws IOException {
    VectorIndex index = new VectorIndex(2, "euclidean", 8, 50);
    index.insert("a", new float[] {0, 0});
    index.insertBatch(List.of("b", "c", "d"), new float[][] {{1, 0}, {0, 2}, {3, 3}});
    assertEquals(List.of(new VectorHit("a", 0f), new VectorHit("b", 1f)), index.search(new float[] {0, 0}, 2, 16));
    assertTrue(index.delete("a"));
    assertFalse(index.delete("a"));
    index.insert("c", new float[] {0, 0.5f});
    assertEquals(List.of(new VectorHit("c", 0.5f), new VectorHit("b", 1f), new VectorHit("d", (float) Math.sqrt(18))),
        index.search(new float[] {0, 0}, 5, 16));
    assertEquals(3, index.size());

    Path file = dir.resolve("v.hnsw");
    index.save(file);
    VectorIndex loaded = VectorIndex.load(file);
    assertEquals(3, loaded.size());
    assertEquals(List.of(2, 8, 50), List.of(loaded.dimension(), loaded.m(), loaded.efConstruction()));
    assertEquals("euclidean", loaded.metric());
    assertEquals(index.search(new float[] {0, 0}, 5, 16), loaded.search(new float[] {0, 0}, 5, 16));

    Path ids = dir.resolve("v.hnsw.ids");
    byte[] bytes = Files.readAllBytes(ids);
    bytes[bytes.length - 6] ^= 1;
    Files.write(ids, bytes);
    assertEquals(ids + ": id file fails its checksum",
        assertThrows(IOException.class, () -> VectorIndex.load(file)).getMessage());
    Files.write(ids, Arrays.copyOf(bytes, 20));
    assertEquals(ids + ": id file is truncated", assertThrows(IOException.class, () -> VectorIndex.load(file)).getMessage());
    Files.delete(ids);
    assertTrue(assertThrows(IOException.class, () -> VectorIndex.load(file)).getMessage().contains("v.hnsw.ids"));
    List<String> none = new ArrayList<>();
    assertThrows(IllegalArgumentException.class, () -> new VectorIndex(2, "hamming", 8, 50));
    assertThrows(IllegalArgumentException.class, () -> index.insertBatch(none, new float[][] {{1, 1}}));
  }
}
