package org.sochdb.jdbc;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** The JDBC interfaces the wrapper proxies, each with the interface its proxies implement. */
enum Kind {
  CONNECTION(Connection.class),
  STATEMENT(Statement.class),
  PREPARED_STATEMENT(PreparedStatement.class),
  CALLABLE_STATEMENT(CallableStatement.class),
  RESULT_SET(ResultSet.class),
  DATABASE_METADATA(DatabaseMetaData.class);

  final Class<?> iface;
  final Class<?>[] interfaces;

  Kind(Class<?> iface) {
    this.iface = iface;
    this.interfaces = new Class<?>[] {iface};
  }

  boolean isStatement() {
    return this == STATEMENT || this == PREPARED_STATEMENT || this == CALLABLE_STATEMENT;
  }

  /** The kind to wrap a value of a method's declared return type as, or null to return it bare. */
  static Kind forReturnType(Class<?> type) {
    if (type == Statement.class) {
      return STATEMENT;
    } else if (type == PreparedStatement.class) {
      return PREPARED_STATEMENT;
    } else if (type == CallableStatement.class) {
      return CALLABLE_STATEMENT;
    } else if (type == ResultSet.class) {
      return RESULT_SET;
    } else if (type == DatabaseMetaData.class) {
      return DATABASE_METADATA;
    }
    return null;
  }
}
