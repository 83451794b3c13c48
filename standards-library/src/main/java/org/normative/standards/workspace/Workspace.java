package org.normative.standards.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.normative.standards.StandardsException;

/**
 * A workspace is a folder: an embedded H2 database ({@code db/}) brought up to date with Flyway migrations on open,
 * and a content-addressed blob store ({@code blobs/}). Only one process may have it open at a time.
 */
public final class Workspace implements AutoCloseable {

    static final String MIGRATIONS = "classpath:org/normative/standards/workspace/migration";

    private final Path directory;
    private final WorkspaceLock lock;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final BlobStore blobs;

    private Workspace(Path directory, WorkspaceLock lock, JdbcConnectionPool pool, BlobStore blobs) {
        this.directory = directory;
        this.lock = lock;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.blobs = blobs;
    }

    /** Opens the workspace in {@code directory}, creating it if it does not exist and migrating it if it is old. */
    public static Workspace open(Path directory) throws StandardsException {
        return open(directory, MigrationVersion.LATEST);
    }

    /** Opens at a given schema version: how tests make a workspace "written by an older build". */
    static Workspace open(Path directory, MigrationVersion target) throws StandardsException {
        Path dir = directory.toAbsolutePath().normalize();
        prepareDirectory(dir);
        WorkspaceLock lock = WorkspaceLock.acquire(dir);
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(jdbcUrl(dir), "normative", "");
            pool.setMaxConnections(16);
            migrate(dir, pool, target);
            return new Workspace(dir, lock, pool, new BlobStore(dir.resolve("blobs")));
        } catch (StandardsException | RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw e;
        }
    }

    private static void prepareDirectory(Path dir) throws StandardsException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StandardsException("workspace.notDirectory", dir);
        }
        try {
            Files.createDirectories(dir.resolve("db"));
        } catch (IOException e) {
            throw new StandardsException(e, "workspace.cannotCreate", dir, e.getMessage());
        }
    }

    private static String jdbcUrl(Path dir) {
        // FILE_LOCK=FILE is H2's default, stated so the second line of defence against a second process is visible
        return "jdbc:h2:file:" + dir.resolve("db").resolve("normative") + ";FILE_LOCK=FILE";
    }

    private static void migrate(Path dir, JdbcConnectionPool pool, MigrationVersion target) throws StandardsException {
        migrate(dir, Flyway.configure().dataSource(pool).locations(MIGRATIONS).target(target).load());
        if (target == MigrationVersion.LATEST) {
            for (WorkspaceSchema schema : ServiceLoader.load(WorkspaceSchema.class)) {
                migrate(dir, Flyway.configure().dataSource(pool).locations(schema.migrations())
                        .table("flyway_schema_history_" + schema.name())
                        // the library's tables are already there: start this module's history at version 0
                        .baselineOnMigrate(true).baselineVersion("0").load());
            }
        }
    }

    private static void migrate(Path dir, Flyway flyway) throws StandardsException {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StandardsException(e, "workspace.migrationFailed", dir, e.getMessage());
        }
        MigrationInfo current = flyway.info().current();
        MigrationVersion known = latestKnown(flyway);
        if (current != null && known != null && current.getVersion().isNewerThan(known.getVersion())) {
            throw new StandardsException("workspace.tooNew", dir, current.getVersion(), known);
        }
    }

    private static MigrationVersion latestKnown(Flyway flyway) {
        MigrationVersion latest = null;
        for (MigrationInfo info : flyway.info().all()) {
            boolean local = info.getPhysicalLocation() != null && !info.getPhysicalLocation().isEmpty();
            if (local && info.getVersion() != null && (latest == null || info.getVersion().isNewerThan(latest.getVersion()))) {
                latest = info.getVersion();
            }
        }
        return latest;
    }

    public Path directory() {
        return directory;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public BlobStore blobs() {
        return blobs;
    }

    /** The schema version the database is at, e.g. "2". */
    public String schemaVersion() throws StandardsException {
        try {
            return jdbi.withHandle(h -> h.createQuery(
                            "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL "
                                    + "ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY")
                    .mapTo(String.class).one());
        } catch (JdbiException e) {
            throw new StandardsException(e, "workspace.database", e.getMessage());
        }
    }

    /** Removes everything the workspace holds and recreates an empty, current schema (for {@code demo --reset}). */
    public void reset() throws StandardsException {
        try {
            jdbi.useHandle(h -> h.execute("DROP ALL OBJECTS"));
        } catch (JdbiException e) {
            throw new StandardsException(e, "workspace.database", e.getMessage());
        }
        migrate(directory, pool, MigrationVersion.LATEST);
        blobs.clear();
        deleteTree(directory.resolve("index"));
        for (WorkspaceSchema schema : ServiceLoader.load(WorkspaceSchema.class)) {
            for (String folder : schema.folders()) {
                deleteTree(directory.resolve(folder));
            }
        }
    }

    /** Caches kept beside the database (the search index) go with a reset. */
    private static void deleteTree(Path folder) throws StandardsException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new StandardsException(e, "workspace.cannotCreate", folder, e.getMessage());
        }
    }

    @Override
    public void close() {
        pool.dispose();
        lock.close();
    }
}
