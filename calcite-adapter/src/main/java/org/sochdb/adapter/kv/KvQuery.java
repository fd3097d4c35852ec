package org.sochdb.adapter.kv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.sochdb.adapter.codec.ByteSink;
import org.sochdb.adapter.codec.KeyCodec;
import org.sochdb.adapter.codec.ValueType;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.error.StorageErrors;
import org.sochdb.adapter.exec.TableLayout;
import org.sochdb.adapter.session.SochSession;
import org.sochdb.adapter.session.SochSessions;
import org.sochdb.storage.catalog.Catalog;
import org.sochdb.storage.engine.Bytes;
import org.sochdb.storage.engine.KvEntry;
import org.sochdb.storage.error.StorageException;

/**
 * {@code TABLE(kv_query(prefix, fields [, max_rows [, namespace]]))}: the Python SDK's query builder in
 * SQL. Reads the kv entries whose key (as UTF-8 text) starts with {@code prefix}, in key order,
 * parses each value as a JSON object and returns {@code key} (VARCHAR) plus one column per field.
 *
 * <p>{@code fields} is a literal list such as {@code 'name, price'}; a field may name a nested
 * member with dots ({@code 'address.city'}, tried as a whole name first) and may declare its SQL
 * type ({@code 'name, price INTEGER'}; VARCHAR, INTEGER, BIGINT, DOUBLE, DECIMAL or BOOLEAN,
 * default VARCHAR). A VARCHAR column gets a JSON string's text, a number's or boolean's JSON text,
 * an object's or array's compact JSON; a missing member or JSON null is NULL; a typed column
 * refuses a value of another kind with 22018. A value that is not a JSON object gives NULL fields.
 * {@code max_rows} NULL or absent means no limit. The namespace defaults to the connection's
 * current schema. The scan runs in the caller's transaction and streams.
 */
public final class KvQuery {
  private static final ObjectMapper JSON = new ObjectMapper();

  private KvQuery() {}

  /** A requested field: its column name, JSON path and SQL type. */
  record Field(String name, String[] path, SqlTypeName type) {}

  /** Entry point of SQL: the table for these arguments (planning passes null for non-literals). */
  public static ScannableTable kvQuery(@Parameter(name = "prefix") String prefix,
      @Parameter(name = "fields") String fields,
      @Parameter(name = "max_rows", optional = true) Integer maxRows,
      @Parameter(name = "namespace", optional = true) String namespace) {
    if (fields == null) {
      throw new SochSqlException("42000", "kv_query needs its field list as a literal, e.g. "
          + "kv_query('products/', 'name, price', 10): the columns come from it");
    }
    if (maxRows != null && maxRows < 0) {
      throw new SochSqlException("22023", "kv_query: max_rows must be 0 or more, not " + maxRows);
    }
    return new Query(prefix, parseFields(fields), maxRows, namespace);
  }

  static List<Field> parseFields(String spec) {
    List<Field> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add("key");
    for (String part : spec.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        throw new SochSqlException("42000", "kv_query: empty field name in '" + spec + "'");
      }
      String[] words = p.split("\\s+");
      if (words.length > 2) {
        throw new SochSqlException("42000", "kv_query: field '" + p + "' should be a name and an optional type");
      }
      SqlTypeName type = words.length == 1 ? SqlTypeName.VARCHAR : type(words[1]);
      if (seen.add(words[0].toLowerCase(Locale.ROOT)) == false) {
        throw new SochSqlException("42701", "kv_query: column \"" + words[0] + "\" appears twice"
            + ("key".equalsIgnoreCase(words[0]) ? " (the first column is the entry's key)" : ""));
      }
      out.add(new Field(words[0], words[0].split("\\."), type));
    }
    return List.copyOf(out);
  }

  private static SqlTypeName type(String word) {
    return switch (word.toUpperCase(Locale.ROOT)) {
      case "VARCHAR", "TEXT" -> SqlTypeName.VARCHAR;
      case "INTEGER", "INT" -> SqlTypeName.INTEGER;
      case "BIGINT" -> SqlTypeName.BIGINT;
      case "DOUBLE" -> SqlTypeName.DOUBLE;
      case "DECIMAL" -> SqlTypeName.DECIMAL;
      case "BOOLEAN" -> SqlTypeName.BOOLEAN;
      default -> throw new SochSqlException("42000", "kv_query: type " + word + " is not one of VARCHAR, INTEGER, "
          + "BIGINT, DOUBLE, DECIMAL, BOOLEAN");
    };
  }

  /** The table one call describes. */
  private static final class Query extends AbstractTable implements ScannableTable {
    private final String prefix;
    private final List<Field> fields;
    private final Integer maxRows;
    private final String namespace;

    Query(String prefix, List<Field> fields, Integer maxRows, String namespace) {
      this.prefix = prefix;
      this.fields = fields;
      this.maxRows = maxRows;
      this.namespace = namespace;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
      RelDataTypeFactory.Builder b = f.builder();
      b.add("key", f.createSqlType(SqlTypeName.VARCHAR));
      for (Field field : fields) {
        b.add(field.name(), f.createTypeWithNullability(field.type() == SqlTypeName.DECIMAL
            ? f.createSqlType(SqlTypeName.DECIMAL, 38, 10) : f.createSqlType(field.type()), true));
      }
      return b.build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      return new AbstractEnumerable<>() {
        @Override
        public Enumerator<Object[]> enumerator() {
          SochSession session = SochSessions.of(root);
          String ns = resolveNamespace(session, namespace);
          byte[][] range = prefixRange(ns, prefix == null ? new byte[0] : prefix.getBytes(StandardCharsets.UTF_8));
          return new Rows(session.beginRead(), new TableLayout(KvTables.def(ns)), range, fields,
              maxRows == null ? Long.MAX_VALUE : maxRows);
        }
      };
    }
  }

  /** The namespace's name as the catalog holds it: the given one or the connection's schema. */
  static String resolveNamespace(SochSession session, String given) {
    String wanted = given == null ? session.schema() : given;
    return session.catalog().namespace(wanted).orElseThrow(() -> new SochSqlException("3F000",
        "namespace \"" + wanted + "\" does not exist")).name();
  }

  /** [from, to) of the entries of namespace {@code ns}'s kv table whose key starts with {@code prefix}. */
  public static byte[][] prefixRange(String ns, byte[] prefix) {
    ByteSink out = new ByteSink();
    out.write(Catalog.kvKeyPrefix(ns));
    KeyCodec.encodePrefix(out, ValueType.VARBINARY, prefix);
    byte[] from = out.toByteArray();
    return new byte[][] {from, Bytes.prefixEnd(from)};
  }

  /** Streams the matching entries as rows. */
  private static final class Rows extends org.sochdb.adapter.exec.ReadEnumerator {
    private final TableLayout layout;
    private final List<Field> fields;
    private long left;

    Rows(SochSession.Read read, TableLayout layout, byte[][] range, List<Field> fields, long maxRows) {
      super(read);
      this.layout = layout;
      this.fields = fields;
      this.left = maxRows;
      try {
        this.cursor = read.tx().scan(range[0], range[1]);
      } catch (StorageException e) {
        close();
        throw StorageErrors.toSql(e);
      }
    }

    @Override
    protected Object[] advance() {
      if (left <= 0 || cursor.hasNext() == false) {
        return null;
      }
      KvEntry kv = cursor.next();
      left--;
      Object[] stored = layout.decodeRow(kv.value());
      String key = KvFunctions.decode((byte[]) stored[0]);
      return row(key, (byte[]) stored[1]);
    }

    private Object[] row(String key, byte[] value) {
      Object[] row = new Object[fields.size() + 1];
      row[0] = key;
      JsonNode doc = parse(value);
      if (doc == null || doc.isObject() == false) {
        return row;
      }
      for (int i = 0; i < fields.size(); i++) {
        row[i + 1] = convert(key, fields.get(i), member(doc, fields.get(i)));
      }
      return row;
    }

    private static JsonNode parse(byte[] value) {
      if (value == null) {
        return null;
      }
      try {
        return JSON.readTree(value);
      } catch (IOException e) {
        return null;
      }
    }

    private static JsonNode member(JsonNode doc, Field f) {
      JsonNode n = doc.get(f.name());
      if (n != null || f.path().length == 1) {
        return n;
      }
      n = doc;
      for (String step : f.path()) {
        n = n == null ? null : n.get(step);
      }
      return n;
    }

    private static Object convert(String key, Field f, JsonNode n) {
      if (n == null || n.isNull() || n.isMissingNode()) {
        return null;
      }
      switch (f.type()) {
        case VARCHAR:
          return n.isValueNode() ? n.asText() : n.toString();
        case INTEGER:
          if (n.isIntegralNumber() && n.canConvertToInt()) {
            return n.intValue();
          }
          break;
        case BIGINT:
          if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.longValue();
          }
          break;
        case DOUBLE:
          if (n.isNumber()) {
            return n.doubleValue();
          }
          break;
        case DECIMAL:
          if (n.isNumber()) {
            return n.decimalValue();
          }
          break;
        case BOOLEAN:
          if (n.isBoolean()) {
            return n.booleanValue();
          }
          break;
        default:
          break;
      }
      throw new SochSqlException("22018", "kv_query: field " + f.name() + " of key '" + key + "' is " + n
          + ", not " + f.type());
    }
  }
}
