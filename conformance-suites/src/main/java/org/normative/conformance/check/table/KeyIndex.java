package org.normative.conformance.check.table;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The keys seen so far, for {@code unique}, {@code primaryKey} and foreign keys, in bounded memory: each key is kept
 * as a 64-bit hash with the row it was first seen in (12 bytes, in a table at most half full), never as its text.
 * Two different keys share a hash with a chance of about n²/2⁶⁵ (below one in ten million for a million keys);
 * the hash is seeded per index, so a file cannot be written to collide on purpose.
 *
 * <p>All indexes of one check draw on one {@link Budget}; an index that finds it spent stops taking new keys and
 * says so ({@link #complete()} false), and the check reports that constraint as not fully tested.
 */
final class KeyIndex {

    /** Distinct keys one check may hold over all its indexes: about 24 MB of tables at the most. */
    static final int DEFAULT_BUDGET = 1_000_000;
    private static final long EMPTY = 0;

    /** Keys left to one check's indexes. Not thread-safe: one check runs on one thread. */
    static final class Budget {
        private long left;

        Budget(long keys) {
            this.left = keys;
        }

        boolean take() {
            if (left <= 0) {
                return false;
            }
            left--;
            return true;
        }
    }

    private final Budget budget;
    private final long seed = ThreadLocalRandom.current().nextLong() | 1;
    private long[] hashes = new long[1024];
    private int[] rows = new int[1024];
    private int size;
    private boolean complete = true;

    KeyIndex(Budget budget) {
        this.budget = budget;
    }

    /**
     * Adds the key; returns the row it was first seen in when it was there already, else 0. A key that does not fit
     * the budget is not added (and 0 returned): duplicates of keys seen before the budget ran out are still found.
     */
    long addIfAbsent(String key, long row) {
        long hash = hash(key);
        int slot = find(hash);
        if (hashes[slot] == hash) {
            return Integer.toUnsignedLong(rows[slot]);
        }
        if (!budget.take()) {
            complete = false;
            return 0;
        }
        hashes[slot] = hash;
        rows[slot] = (int) Math.min(row, 0xFFFF_FFFFL);
        if (++size * 2 > hashes.length) {
            grow();
        }
        return 0;
    }

    boolean contains(String key) {
        long hash = hash(key);
        return hashes[find(hash)] == hash;
    }

    /** False once a key was turned away for want of budget. */
    boolean complete() {
        return complete;
    }

    private int find(long hash) {
        int mask = hashes.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (hashes[slot] != EMPTY && hashes[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldHashes.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int slot = find(oldHashes[i]);
                hashes[slot] = oldHashes[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    /** A seeded 64-bit hash of the key's characters (a multiply-xorshift mix per character, murmur's finaliser). */
    private long hash(String key) {
        long h = seed ^ key.length();
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
