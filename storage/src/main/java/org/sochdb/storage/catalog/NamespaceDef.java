package org.sochdb.storage.catalog;

import java.util.Map;

/** A namespace (SQL schema): a tenant, with a display name and labels. */
public record NamespaceDef(String name, String displayName, Map<String, String> labels, long createdAtMs) {}
