package org.normative.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** Evaluators' keystores for tests, made the way docs/user-guide.md tells evaluators to make one: with keytool. */
public final class TestKeystores {

    public static final String PASSWORD = "test-secret";

    private TestKeystores() {
    }

    /** {@code folder/evaluator.p12} with one key pair of the algorithm (EC, RSA) for the distinguished name. */
    public static Path evaluator(Path folder, String algorithm, String name) throws Exception {
        Path keystore = folder.resolve("evaluator.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "evaluator", "-keyalg", algorithm, "-storetype", "PKCS12", "-keystore",
                keystore.toString(), "-storepass", PASSWORD, "-dname", name, "-validity", "30")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).isZero();
        return keystore;
    }
}
