package org.sochdb.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MapDB drags in the Kotlin standard library and Eclipse Collections: a database on MVStore
 * must not load a class of any of them. Each case runs {@link EngineUser} in a child JVM with
 * {@code -verbose:class} and reads the classes it loaded.
 */
class EngineClassLoadingTest {
  /** Packages of MapDB and of what it brings along. */
  private static final List<String> MAPDB_PACKAGES = List.of("org.mapdb.", "kotlin.", "org.eclipse.collections.");

  private Path dir;

  @BeforeEach
  void setUp() throws Exception {
    dir = TestDirs.create("classes");
  }

  @AfterEach
  void tearDown() throws Exception {
    TestDirs.delete(dir);
  }

  /** The classes a child JVM loaded while using a database on {@code engine}. */
  private List<String> loadedClasses(String engine) throws Exception {
    Process child = ChildJvm.start(List.of("-verbose:class"), EngineUser.class, engine,
        dir.resolve("db").toString());
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not end");
    assertEquals(0, child.exitValue(), "the child failed on " + engine);
    // Lines look like "[0.012s][info][class,load] org.mapdb.DB source: file:/...".
    return out.lines().filter(l -> l.contains("[class,load] "))
        .map(l -> l.substring(l.indexOf("[class,load] ") + 13).split(" ")[0]).toList();
  }

  private static List<String> fromMapDb(List<String> classes) {
    return classes.stream().filter(c -> MAPDB_PACKAGES.stream().anyMatch(c::startsWith)).toList();
  }

  @Test
  void anMvStoreDatabaseLoadsNoClassOfMapDbOrWhatItBrings() throws Exception {
    List<String> classes = loadedClasses("mvstore");
    assertTrue(classes.contains("org.h2.mvstore.MVStore"), "the child used MVStore: " + classes.size() + " classes");
    assertEquals(List.of(), fromMapDb(classes));
    assertFalse(classes.contains("org.sochdb.storage.engine.MapDbEngine"));
  }

  /** The same probe finds them when they are used: the check above can fail. */
  @Test
  void aMapDbDatabaseDoesLoadThem() throws Exception {
    List<String> mapDb = fromMapDb(loadedClasses("mapdb"));
    assertTrue(mapDb.contains("org.mapdb.DBMaker"), mapDb.toString());
    assertTrue(mapDb.stream().anyMatch(c -> c.startsWith("kotlin.")), mapDb.toString());
  }
}
