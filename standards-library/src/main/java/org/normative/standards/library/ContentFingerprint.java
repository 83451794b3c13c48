package org.normative.standards.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of what an edition says, over a canonical, length-prefixed serialisation of its content (clause
 * tree with keys, headings and bodies; terms; references; requirements). Database ids and derived clause numbers
 * are left out, so the same content always gives the same fingerprint: the baseline frozen at a ballot, and what
 * a link remembers of its target.
 */
public final class ContentFingerprint {

    private ContentFingerprint() {
    }

    public static String of(EditionContent content) {
        Digest digest = new Digest();
        digest.field("clauses").count(content.clauses().size());
        content.clauses().forEach(c -> clause(c, digest));
        digest.field("terms").count(content.terms().size());
        for (Term t : content.terms()) {
            digest.field(t.key()).field(t.term()).field(t.definition()).field(t.source());
        }
        digest.field("references").count(content.references().size());
        for (Reference r : content.references()) {
            digest.field(r.key()).field(r.code()).field(r.edition()).field(r.title()).field(Boolean.toString(r.normative()));
        }
        digest.field("requirements").count(content.requirements().size());
        for (Requirement r : content.requirements()) {
            digest.field(r.id()).field(r.clauseKey()).field(r.statement()).field(r.obligation().name())
                    .field(r.requirementClass()).count(r.revision());
        }
        return digest.hex();
    }

    private static void clause(Clause clause, Digest digest) {
        digest.field(clause.key()).field(clause.heading()).field(clause.body()).count(clause.children().size());
        clause.children().forEach(c -> clause(c, digest));
    }

    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        Digest field(String value) {
            if (value == null) {
                sha.update((byte) 0);
            } else {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                sha.update((byte) 1);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha.update(bytes);
            }
            return this;
        }

        Digest count(int n) {
            return field(Integer.toString(n));
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
