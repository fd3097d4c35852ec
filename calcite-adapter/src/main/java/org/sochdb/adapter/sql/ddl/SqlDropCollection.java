package org.sochdb.adapter.sql.ddl;

import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DROP COLLECTION [IF EXISTS] ns.name}: drops a vector collection. */
public class SqlDropCollection extends SqlDropNamedObject {
  private static final SqlOperator OPERATOR =
      new SqlSpecialOperator("DROP COLLECTION", SqlKind.OTHER_DDL);

  /** Creates a DROP COLLECTION. */
  public SqlDropCollection(SqlParserPos pos, boolean ifExists,
      SqlIdentifier name) {
    super(OPERATOR, pos, ifExists, name);
  }
}
