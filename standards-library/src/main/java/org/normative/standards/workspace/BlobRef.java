package org.normative.standards.workspace;

/** A stored file: its SHA-256 in lower-case hex and its size in bytes. */
public record BlobRef(String sha256, long size) {
}
