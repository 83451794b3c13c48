package org.normative.conformance.report.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.normative.conformance.ConformanceException;

/** An evaluator's signing key and certificate chain, from a PKCS#12 keystore (docs/reports.md: making a test key). */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The first key entry of the keystore (or the one named by {@code alias}); a wrong password is said plainly. */
    public static SigningKey fromPkcs12(Path keystore, char[] password, String alias) throws ConformanceException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String name = alias;
            if (name == null) {
                name = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                        .orElseThrow(() -> new ConformanceException("signing.noKey", keystore));
            }
            if (!isKey(store, name)) {
                throw new ConformanceException("signing.noKey", keystore);
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(name)) {
                chain.add((X509Certificate) certificate);
            }
            return new SigningKey(key, chain);
        } catch (IOException e) {
            if (e.getCause() instanceof java.security.UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new ConformanceException(e, "signing.wrongPassword", keystore);
            }
            throw new ConformanceException(e, "signing.keystoreUnreadable", keystore, e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new ConformanceException(e, "signing.keystoreUnreadable", keystore, e.getMessage());
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
