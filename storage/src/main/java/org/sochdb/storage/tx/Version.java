package org.sochdb.storage.tx;

/**
 * One committed value of a key in the {@link VersionStore}; a null value is a delete.
 * {@link #FLOOR_LSN} marks the base image a checkpoint overwrote while an older snapshot
 * could still need it.
 */
final class Version {
  static final long FLOOR_LSN = 0;

  final long lsn;
  final byte[] value;
  volatile Version next;

  Version(long lsn, byte[] value, Version next) {
    this.lsn = lsn;
    this.value = value;
    this.next = next;
  }
}
