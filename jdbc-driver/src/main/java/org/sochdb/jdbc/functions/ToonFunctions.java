package org.sochdb.jdbc.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.function.Parameter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.sochdb.adapter.error.SochSqlException;
import org.sochdb.adapter.sql.lexer.SqlLexer;
import org.sochdb.jdbc.errors.SqlErrors;
import org.sochdb.toon.Toon;
import org.sochdb.toon.ToonFormatException;
import org.sochdb.toon.ToonOptions;
import org.sochdb.toon.ToonTable;

/**
 * TOON in SQL:
 * <ul>
 *   <li>{@code toon(name, sql [, dialect])}: the rows of query {@code sql} as TOON text (VARCHAR),
 *       in the one-line compact dialect (the default) or, with {@code dialect = 'spec'}, the specification's
 *       indented form. The query runs on the caller's connection, so it reads in the caller's
 *       transaction and sees its uncommitted writes. Only queries are accepted.</li>
 *   <li>{@code TABLE(from_toon(text))}: the rows of a TOON table, one VARCHAR column per top-level
 *       field, values as text (numbers in plain notation, booleans {@code true}/{@code false},
 *       {@code null} as NULL, nested field groups as JSON objects). The text must be a literal: the
 *       columns are read from it while the statement is planned.</li>
 * </ul>
 */
public final class ToonFunctions {
  private static final Set<String> QUERY_KEYWORDS = Set.of("SELECT", "WITH", "VALUES", "TABLE");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ToonFunctions() {}

  /** {@code toon(name, sql [, dialect])}. */
  public static String toon(DataContext root, @Parameter(name = "name") String name,
      @Parameter(name = "sql") String sql, @Parameter(name = "dialect", optional = true) String dialect) {
    if (sql == null) {
      return null;
    }
    String first = SqlLexer.firstKeyword(sql);
    if (first == null || QUERY_KEYWORDS.contains(first) == false) {
      throw new SochSqlException("42000", "toon(name, sql): sql must be a query (SELECT, WITH, VALUES or TABLE), "
          + "not: " + sql);
    }
    ToonOptions options = options(dialect);
    Connection connection = (Connection) root.getQueryProvider();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return Toon.encode(name, rs, options);
    } catch (SQLException e) {
      SQLException t = SqlErrors.translate(e); // the raw connection's exceptions are Avatica's
      throw new SochSqlException(t.getSQLState() == null ? "XX000" : t.getSQLState(), "toon(name, sql): "
          + t.getMessage(), t);
    }
  }

  private static ToonOptions options(String dialect) {
    if (dialect == null || dialect.equalsIgnoreCase("compact")) {
      return ToonOptions.compact();
    }
    if (dialect.equalsIgnoreCase("spec")) {
      return ToonOptions.spec();
    }
    throw new SochSqlException("22023", "TOON dialect must be 'compact' or 'spec', not '" + dialect + "'");
  }

  /** {@code from_toon(text)}: planning calls it with the literal text, for the columns. */
  public static ScannableTable fromToon(@Parameter(name = "text") String text) {
    if (text == null) {
      throw new SochSqlException("42000", "from_toon needs the TOON text as a literal: its columns are read from it "
          + "when the statement is prepared (for text only known at run time use the Java Toon.decode)");
    }
    ToonTable table;
    try {
      table = Toon.decode(text);
    } catch (ToonFormatException e) {
      throw new SochSqlException("22P02", "from_toon: " + e.getMessage(), e);
    }
    if (table.fields().isEmpty()) {
      throw new SochSqlException("22P02", "from_toon: the TOON table declares no fields");
    }
    return new Decoded(table);
  }

  /** The rows of one decoded table. */
  private static final class Decoded extends AbstractTable implements ScannableTable {
    private final ToonTable table;

    Decoded(ToonTable table) {
      this.table = table;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
      RelDataTypeFactory.Builder b = f.builder();
      RelDataType varchar = f.createTypeWithNullability(f.createSqlType(SqlTypeName.VARCHAR), true);
      table.fields().forEach(name -> b.add(name, varchar));
      return b.build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      List<Object[]> rows = table.rowArrays();
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          row[i] = text(row[i]);
        }
      }
      return Linq4j.asEnumerable(rows);
    }
  }

  private static String text(Object v) {
    if (v == null || v instanceof String) {
      return (String) v;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Map<?, ?> m) {
      try {
        return JSON.writeValueAsString(m);
      } catch (JsonProcessingException e) {
        return m.toString();
      }
    }
    return v.toString(); // Boolean, Long, BigInteger
  }
}
