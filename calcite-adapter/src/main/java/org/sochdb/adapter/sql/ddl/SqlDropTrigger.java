package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DROP TRIGGER [IF EXISTS] name}. */
public class SqlDropTrigger extends SqlDropNamedObject {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("DROP TRIGGER", SqlKind.OTHER_DDL);

  /** Creates a DROP TRIGGER. */
  public SqlDropTrigger(SqlParserPos pos, boolean ifExists,
      SqlIdentifier name) {
    super(OPERATOR, pos, ifExists, name);
  }
}
