package org.sochdb.toon;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads every remaining row of a {@link ResultSet} into column labels and value arrays. */
final class ResultSetRows {
    final List<String> labels;
    final List<Object[]> rows;

    private ResultSetRows(List<String> labels, List<Object[]> rows) {
        this.labels = labels;
        this.rows = rows;
    }

    static ResultSetRows read(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> labels = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String label = md.getColumnLabel(i);
            if (label == null) {
                label = md.getColumnName(i);
            }
            labels.add(label == null ? "C" + i : label);
        }
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] row = new Object[n];
            for (int i = 1; i <= n; i++) {
                row[i - 1] = value(rs, i);
            }
            rows.add(row);
        }
        return new ResultSetRows(labels, rows);
    }

    /**
     * {@code getObject}, with LOBs materialized (BLOB to byte[], CLOB/NCLOB/SQLXML to String),
     * SQL arrays of REAL/FLOAT/DOUBLE to float[]/double[] (vectors), and any other type without
     * a TOON mapping replaced by {@code getString}.
     */
    private static Object value(ResultSet rs, int i) throws SQLException {
        Object o = rs.getObject(i);
        if (o == null) {
            return null;
        }
        if (o instanceof Blob) {
            Blob blob = (Blob) o;
            byte[] bytes = blob.getBytes(1, Math.toIntExact(blob.length()));
            blob.free();
            return bytes;
        }
        if (o instanceof Clob) {
            Clob clob = (Clob) o;
            String s = clob.getSubString(1, Math.toIntExact(clob.length()));
            clob.free();
            return s;
        }
        if (o instanceof SQLXML) {
            return ((SQLXML) o).getString();
        }
        if (o instanceof java.sql.Array) {
            java.sql.Array array = (java.sql.Array) o;
            Object vector = vector(array.getArray());
            array.free();
            return vector != null ? vector : rs.getString(i);
        }
        if (o instanceof Map || o instanceof Collection || o instanceof Object[] || !ToonValues.isSupported(o)) {
            return rs.getString(i);
        }
        return o;
    }

    /** float[]/double[] for arrays of Float/Double (or primitive ones), else null. */
    private static Object vector(Object elements) {
        if (elements instanceof float[] || elements instanceof double[]) {
            return elements;
        }
        if (!(elements instanceof Object[])) {
            return null;
        }
        Object[] a = (Object[]) elements;
        boolean floats = true;
        boolean doubles = true;
        for (Object e : a) {
            floats &= e instanceof Float;
            doubles &= e instanceof Double || e instanceof Float;
        }
        if (floats) {
            float[] out = new float[a.length];
            for (int k = 0; k < a.length; k++) {
                out[k] = (Float) a[k];
            }
            return out;
        }
        if (doubles) {
            double[] out = new double[a.length];
            for (int k = 0; k < a.length; k++) {
                out[k] = ((Number) a[k]).doubleValue();
            }
            return out;
        }
        return null;
    }
}
