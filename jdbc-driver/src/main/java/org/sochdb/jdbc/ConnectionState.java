package org.sochdb.jdbc;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;

/** What all wrappers belonging to one wrapped connection share. */
final class ConnectionState {

  final ConnectionHooks hooks;
  /** Set once, right after the connection proxy is created. */
  volatile Connection proxy;
  /** {@code setNetworkTimeout}'s value, in milliseconds; only stored, embedded has no network. */
  volatile int networkTimeoutMillis;
  /** Whether the wrapper's close (or abort) has run, so {@code beforeClose} runs once. */
  final AtomicBoolean closed = new AtomicBoolean();

  ConnectionState(ConnectionHooks hooks) {
    this.hooks = hooks;
  }
}
