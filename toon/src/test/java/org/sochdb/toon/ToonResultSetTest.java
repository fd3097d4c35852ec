package org.sochdb.toon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;
import org.junit.jupiter.api.Test;

/** {@link Toon#encode(String, ResultSet)} over an in-memory result set (dynamic proxies, no driver). */
class ToonResultSetTest {

    /** A forward-only ResultSet over fixed rows; getString falls back to String.valueOf. */
    static ResultSet resultSet(List<String> labels, List<Object[]> rows) {
        ResultSetMetaData md = (ResultSetMetaData) Proxy.newProxyInstance(ToonResultSetTest.class.getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "getColumnCount": return labels.size();
                        case "getColumnLabel": return labels.get((Integer) args[0] - 1);
                        case "getColumnName": return "COL" + args[0];
                        default: throw new UnsupportedOperationException(m.getName());
                    }
                });
        int[] cursor = {-1};
        boolean[] closed = {false};
        return (ResultSet) Proxy.newProxyInstance(ToonResultSetTest.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "getMetaData": return md;
                        case "next": return ++cursor[0] < rows.size();
                        case "getObject": return rows.get(cursor[0])[(Integer) args[0] - 1];
                        case "getString": {
                            Object v = rows.get(cursor[0])[(Integer) args[0] - 1];
                            return v == null ? null : "str:" + v;
                        }
                        case "isClosed": return closed[0];
                        case "close": closed[0] = true; return null;
                        default: throw new UnsupportedOperationException(m.getName());
                    }
                });
    }

    /** A java.sql.Array proxy holding the given elements. */
    static java.sql.Array sqlArray(Object elements) {
        return (java.sql.Array) Proxy.newProxyInstance(ToonResultSetTest.class.getClassLoader(),
                new Class<?>[] {java.sql.Array.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "getArray": return elements;
                        case "free": return null;
                        case "toString": return "ARRAY" + java.util.Arrays.toString((Object[]) elements);
                        default: throw new UnsupportedOperationException(m.getName());
                    }
                });
    }

    @Test
    void encodesAllRowsWithLabels() throws SQLException {
        ResultSet rs = resultSet(List.of("name", "price"), List.<Object[]>of(
                new Object[] {"Laptop", new BigDecimal("999.00")},
                new Object[] {"Mouse, wireless", 19.99}));
        assertEquals("result[2]{name,price}:Laptop,999;\"Mouse, wireless\",19.99", Toon.encode("result", rs));
        assertFalse(rs.isClosed());
    }

    @Test
    void specDialectAndEmptyResult() throws SQLException {
        assertEquals("result[1]{name,price}:\n  Laptop,999", Toon.encode("result",
                resultSet(List.of("name", "price"), List.<Object[]>of(new Object[] {"Laptop", 999})), ToonOptions.spec()));
        assertEquals("result[0]{id,name}:", Toon.encode("result", resultSet(List.of("id", "name"), List.of())));
    }

    @Test
    void jdbcTypesAreMaterialized() throws SQLException {
        ResultSet rs = resultSet(List.of("id", "doc", "blob", "embedding", "ts", "tags", "other"), List.<Object[]>of(
                new Object[] {1L, new SerialClob("a;b".toCharArray()), new SerialBlob(new byte[] {1, 2, 3}),
                        sqlArray(new Float[] {0.5f, 0.25f}), Timestamp.valueOf("2024-01-31 13:45:00"),
                        sqlArray(new String[] {"x", "y"}), new Object() {
                            @Override
                            public String toString() {
                                return "custom";
                            }
                        }},
                new Object[] {2L, null, null, sqlArray(new double[] {1.5}), null, null, Map.of("k", 1)}));
        String text = Toon.encode("docs", rs);
        assertEquals("docs[2]{id,doc,blob,embedding,ts,tags,other}:"
                + "1,\"a;b\",\"AQID\",\"[0.5,0.25]\",\"2024-01-31T13:45:00\",\"str:ARRAY[x, y]\",\"str:custom\";"
                + "2,null,null,\"[1.5]\",null,null,\"str:{k=1}\"", text);
        ToonTable t = Toon.decode(text);
        assertEquals("a;b", t.rows().get(0).get("doc"));
        assertEquals(2L, t.rows().get(1).get("id"));
    }

    @Test
    void duplicateLabelsAreRejected() {
        ResultSet rs = resultSet(List.of("id", "id"), List.<Object[]>of(new Object[] {1, 2}));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Toon.encode("t", rs));
        assertEquals("duplicate field name 'id'; TOON decoders reject duplicate fields (use distinct names or SQL "
                + "aliases)", e.getMessage());
    }
}
