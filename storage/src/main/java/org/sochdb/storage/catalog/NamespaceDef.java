package org.sochdb.storage.catalog;

import java.util.Map;

/** A namespace (SQL schema): a tenant, with the seed's display name and labels. */
public record NamespaceDef(String name, String displayName, Map<String, String> labels, long createdAtMs) {}
