package org.sochdb.cli.bulk;

import picocli.CommandLine.Command;

/** {@code sochdb bulk ...}: vector files in bulk: build and query HNSW index files, convert, load. */
@Command(name = "bulk", description = "Build, query and inspect vector index files; convert vector files; load vectors.",
    subcommands = {BuildIndexCommand.class, QueryCommand.class, InfoCommand.class, ConvertCommand.class,
        LoadCommand.class},
    footer = {"", "Examples:",
        "  sochdb bulk build-index --input vectors.npy --output vectors.hnsw",
        "  sochdb bulk query --index vectors.hnsw --query queries.fvecs --k 5",
        "  sochdb bulk info --index vectors.hnsw",
        "  sochdb bulk convert --input vectors.f32 --dimension 768 --output vectors.npy --to-format npy",
        "  sochdb bulk load --db ./db --table docs --input vectors.npy --metadata meta.jsonl"})
public final class BulkCommand {}
