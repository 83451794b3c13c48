package org.normative.standards.library.store;

import org.jdbi.v3.core.Jdbi;
import org.normative.standards.library.ClauseRepository;
import org.normative.standards.audit.AuditTrail;
import org.normative.standards.audit.store.SqlAuditTrail;
import org.normative.standards.library.CommitteeRepository;
import org.normative.standards.library.EditionContentRepository;
import org.normative.standards.library.FrameworkRepository;
import org.normative.standards.library.LibraryService;
import org.normative.standards.library.StandardRepository;
import org.normative.standards.workspace.Workspace;

/**
 * The SQL repositories of one workspace, and the service over them. Repositories join an enclosing
 * {@link #inTransaction} on the same thread (Jdbi hands nested calls the open handle), so a use case that spans
 * several of them commits or rolls back as one.
 */
public final class SqlLibrary {

    private final Jdbi jdbi;
    private final CommitteeRepository committees;
    private final FrameworkRepository framework;
    private final StandardRepository standards;
    private final ClauseRepository clauses;
    private final EditionContentRepository contents;
    private final AuditTrail audit;

    private final Workspace workspace;

    public SqlLibrary(Workspace workspace) {
        this.workspace = workspace;
        this.jdbi = workspace.jdbi();
        this.committees = new JdbiCommitteeRepository(jdbi);
        this.framework = new JdbiFrameworkRepository(jdbi);
        this.standards = new JdbiStandardRepository(jdbi);
        this.clauses = new JdbiClauseRepository(jdbi);
        this.contents = new JdbiEditionContentRepository(jdbi);
        this.audit = new SqlAuditTrail(jdbi);
    }

    public Workspace workspace() {
        return workspace;
    }

    public LibraryService service() {
        return new LibraryService(committees, framework, standards, clauses);
    }

    public CommitteeRepository committees() {
        return committees;
    }

    public FrameworkRepository framework() {
        return framework;
    }

    public StandardRepository standards() {
        return standards;
    }

    public ClauseRepository clauses() {
        return clauses;
    }

    public EditionContentRepository contents() {
        return contents;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** Runs the work in one transaction; any exception rolls everything back. */
    public <X extends Exception> void inTransaction(TransactionWork<X> work) throws X {
        jdbi.useTransaction(h -> work.run());
    }

    /** Runs the work in one transaction and returns its result. */
    public <T, X extends Exception> T inTransaction(TransactionQuery<T, X> work) throws X {
        return jdbi.inTransaction(h -> work.run());
    }

    /** Work with a result that may throw a checked exception of one type. */
    @FunctionalInterface
    public interface TransactionQuery<T, X extends Exception> {
        T run() throws X;
    }

    /** Work that may throw a checked exception of one type. */
    @FunctionalInterface
    public interface TransactionWork<X extends Exception> {
        void run() throws X;
    }
}
