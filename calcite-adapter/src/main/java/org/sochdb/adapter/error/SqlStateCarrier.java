package org.sochdb.adapter.error;

/** An exception that knows the SQLSTATE it should reach the user with. */
public interface SqlStateCarrier {
  String getSqlState();

  String getMessage();
}
