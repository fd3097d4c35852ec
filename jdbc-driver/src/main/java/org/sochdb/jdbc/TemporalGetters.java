package org.sochdb.jdbc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * {@code ResultSet.getObject(column, LocalDate.class)} and the other java.time types JDBC 4.2
 * requires, which Avatica's accessors do not convert; built on getDate/getTime/getTimestamp.
 */
final class TemporalGetters {
  /** Returned for types this class does not handle: the call goes to the delegate. */
  static final Object NOT_TEMPORAL = new Object();

  private TemporalGetters() {}

  static Object get(ResultSet rs, Object column, Class<?> type) throws SQLException {
    if (type == LocalDate.class) {
      Date d = column instanceof Integer i ? rs.getDate(i) : rs.getDate((String) column);
      return d == null ? null : d.toLocalDate();
    }
    if (type == LocalTime.class) {
      Time t = column instanceof Integer i ? rs.getTime(i) : rs.getTime((String) column);
      return t == null ? null : t.toLocalTime();
    }
    if (type == LocalDateTime.class || type == Instant.class || type == OffsetDateTime.class) {
      Timestamp ts = column instanceof Integer i ? rs.getTimestamp(i) : rs.getTimestamp((String) column);
      if (ts == null) {
        return null;
      }
      if (type == LocalDateTime.class) {
        return ts.toLocalDateTime();
      }
      return type == Instant.class ? ts.toInstant() : ts.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
    return NOT_TEMPORAL;
  }
}
