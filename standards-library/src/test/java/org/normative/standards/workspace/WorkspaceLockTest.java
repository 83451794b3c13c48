package org.normative.standards.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path temp;

    @Test
    void workspaceHeldByAnotherProcessIsRefusedNamingFolderAndProcess() throws Exception {
        Path dir = temp.resolve("ws");
        Path holderErrors = temp.resolve("holder-stderr.txt");
        Process holder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                WorkspaceHolder.class.getName(), dir.toString()))
                .redirectError(holderErrors.toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> readLine(out)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(first).as("holder's first line; its stderr: %s", Files.readString(holderErrors)).isEqualTo("open");

            assertThatThrownBy(() -> Workspace.open(dir))
                    .isInstanceOfSatisfying(WorkspaceLockedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("workspace.lockedBy");
                        assertThat(e.userMessage(Locale.ENGLISH))
                                .contains(dir.toAbsolutePath().normalize().toString())
                                .contains("process " + holder.pid() + ")");
                    });

            holder.getOutputStream().close();
            assertThat(holder.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("holder exited").isTrue();
            assertThat(holder.exitValue()).as("holder's exit code; its stderr: %s", Files.readString(holderErrors)).isZero();

            try (Workspace workspace = Workspace.open(dir)) {
                assertThat(workspace.schemaVersion()).isEqualTo("5");
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void workspaceOpenInThisProcessIsRefusedASecondTime() throws Exception {
        try (Workspace first = Workspace.open(temp)) {
            assertThatThrownBy(() -> Workspace.open(temp))
                    .isInstanceOfSatisfying(WorkspaceLockedException.class, e -> assertThat(e.userMessage(Locale.ENGLISH))
                            .contains(temp.toString())
                            .contains("process " + ProcessHandle.current().pid() + ")"));
            // the refused attempt must not have broken the open workspace
            assertThat(first.schemaVersion()).isEqualTo("5");
        }
        try (Workspace again = Workspace.open(temp)) {
            assertThat(again.schemaVersion()).isEqualTo("5");
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
