package org.sochdb.adapter.ops;

import org.sochdb.adapter.kv.KvFunctions;
import org.sochdb.adapter.kv.KvQuery;
import org.sochdb.adapter.spi.FunctionRegistry;
import org.sochdb.adapter.spi.SochFunctionProvider;

/**
 * The adapter's own SQL functions and system tables, registered through the same
 * {@link SochFunctionProvider} SPI as the other modules': {@code checkpoint()}, {@code txid()},
 * {@code last_commit_lsn()}, {@code namespace_set_info(...)} ({@link OpsFunctions}),
 * {@code to_utf8}/{@code from_utf8} ({@link KvFunctions}), {@code kv_query} ({@link KvQuery}),
 * {@code sys.stats}, {@code sys.namespaces} and {@code sys.triggers} ({@link SysTables}).
 */
public final class CoreFunctionProvider implements SochFunctionProvider {
  @Override
  public void register(FunctionRegistry r) {
    r.contextScalar("checkpoint", OpsFunctions.class, "checkpoint")
        .contextScalar("txid", OpsFunctions.class, "txid")
        .contextScalar("last_commit_lsn", OpsFunctions.class, "lastCommitLsn")
        .contextScalar("namespace_set_info", OpsFunctions.class, "namespaceSetInfo")
        .scalar("to_utf8", KvFunctions.class, "toUtf8")
        .scalar("from_utf8", KvFunctions.class, "fromUtf8")
        .table("kv_query", KvQuery.class, "kvQuery")
        .systemTable(SysTables.SCHEMA, "stats", new SysTables.Stats())
        .systemTable(SysTables.SCHEMA, "namespaces", new SysTables.Namespaces())
        .systemTable(SysTables.SCHEMA, "triggers", new SysTables.Triggers());
  }
}
