package org.sochdb.storage.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binary form of catalog definitions: a leading format byte, then fields in declaration
 * order (strings as a presence flag plus modified UTF-8, lists and maps with a count).
 * A reader of format {@value #FORMAT} refuses anything newer instead of misreading it.
 */
final class CatalogCodec {
  static final int FORMAT = 1;

  private CatalogCodec() {}

  interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  static byte[] encode(Writer w) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(FORMAT);
      w.write(out);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T decode(byte[] data, Reader<T> r) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
      int format = in.readUnsignedByte();
      if (format > FORMAT) {
        throw new IllegalStateException("catalog entry of format " + format + " is newer than this build");
      }
      return r.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void str(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  static String str(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      str(out, s);
    }
  }

  static List<String> strings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(str(in));
    }
    return List.copyOf(out);
  }

  static void map(DataOutputStream out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      str(out, e.getKey());
      str(out, e.getValue());
    }
  }

  static Map<String, String> map(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(str(in), str(in));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  static byte[] namespace(NamespaceDef d) {
    return encode(out -> {
      str(out, d.name());
      str(out, d.displayName());
      map(out, d.labels());
      out.writeLong(d.createdAtMs());
    });
  }

  static NamespaceDef namespace(byte[] b) {
    return decode(b, in -> new NamespaceDef(str(in), str(in), map(in), in.readLong()));
  }

  static byte[] table(TableDef d) {
    return encode(out -> {
      out.writeInt(d.id());
      str(out, d.schema());
      str(out, d.name());
      str(out, d.kind());
      out.writeInt(d.columns().size());
      for (ColumnDef c : d.columns()) {
        str(out, c.name());
        str(out, c.type());
        out.writeInt(c.precision());
        out.writeInt(c.scale());
        out.writeBoolean(c.nullable());
        str(out, c.defaultSql());
        out.writeBoolean(c.autoIncrement());
      }
      strings(out, d.primaryKey());
      out.writeInt(d.foreignKeys().size());
      for (ForeignKeyDef fk : d.foreignKeys()) {
        str(out, fk.name());
        strings(out, fk.columns());
        str(out, fk.refSchema());
        str(out, fk.refTable());
        strings(out, fk.refColumns());
        str(out, fk.onDelete());
      }
      map(out, d.options());
      str(out, d.viewSql());
    });
  }

  static TableDef table(byte[] b) {
    return decode(b, in -> {
      int id = in.readInt();
      String schema = str(in);
      String name = str(in);
      String kind = str(in);
      int nc = in.readInt();
      List<ColumnDef> cols = new ArrayList<>(nc);
      for (int i = 0; i < nc; i++) {
        cols.add(new ColumnDef(str(in), str(in), in.readInt(), in.readInt(), in.readBoolean(), str(in),
            in.readBoolean()));
      }
      List<String> pk = strings(in);
      int nf = in.readInt();
      List<ForeignKeyDef> fks = new ArrayList<>(nf);
      for (int i = 0; i < nf; i++) {
        fks.add(new ForeignKeyDef(str(in), strings(in), str(in), str(in), strings(in), str(in)));
      }
      return new TableDef(id, schema, name, kind, List.copyOf(cols), pk, List.copyOf(fks), map(in), str(in));
    });
  }

  static byte[] index(IndexDef d) {
    return encode(out -> {
      out.writeInt(d.id());
      str(out, d.schema());
      str(out, d.name());
      str(out, d.table());
      strings(out, d.columns());
      out.writeInt(d.descending().size());
      for (Boolean desc : d.descending()) {
        out.writeBoolean(desc);
      }
      out.writeBoolean(d.unique());
      str(out, d.method());
      map(out, d.options());
      out.writeBoolean(d.constraint());
    });
  }

  static IndexDef index(byte[] b) {
    return decode(b, in -> {
      int id = in.readInt();
      String schema = str(in);
      String name = str(in);
      String table = str(in);
      List<String> cols = strings(in);
      int nd = in.readInt();
      List<Boolean> desc = new ArrayList<>(nd);
      for (int i = 0; i < nd; i++) {
        desc.add(in.readBoolean());
      }
      return new IndexDef(id, schema, name, table, cols, List.copyOf(desc), in.readBoolean(), str(in), map(in),
          in.readBoolean());
    });
  }

  static byte[] trigger(TriggerDef d) {
    return encode(out -> {
      str(out, d.schema());
      str(out, d.name());
      str(out, d.table());
      str(out, d.timing());
      str(out, d.event());
      str(out, d.className());
      str(out, d.script());
    });
  }

  static TriggerDef trigger(byte[] b) {
    return decode(b, in -> new TriggerDef(str(in), str(in), str(in), str(in), str(in), str(in), str(in)));
  }
}
