package org.annotide.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS for the team server and its clients: loading a server's key store (PKCS12 or JKS, with its password), reading a
 * password from the first line of a file (passwords never go on a command line), and client {@link SSLContext}s that
 * trust a given trust store or certificate file (PEM or DER) on top of nothing else. Used by {@code annotide-cli serve
 * --keystore} and {@code worker --truststore}, and by the server's own in-process workers, which trust exactly the
 * server's certificate.
 */
public final class Tls {

    private Tls() {
    }

    /** The first line of a password file (without its line end); an empty or missing file is an error. */
    public static char[] readPasswordFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no password file " + file);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            throw new IOException("the password file " + file + " is empty (its first line is the password)");
        }
        return line.toCharArray();
    }

    /**
     * Loads a key store (PKCS12 or JKS, told apart by its content) that holds the server's private key and
     * certificate chain.
     *
     * @throws IOException with a message naming the file when it is missing, not a key store, the password does not
     *         open it, or it has no private key
     */
    public static KeyStore loadKeyStore(Path file, char[] password) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no key store " + file);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance(file.toFile(), password);
        } catch (IOException e) {
            throw new IOException("cannot open the key store " + file + ": " + reason(e)
                    + " (is it a PKCS12 or JKS key store, and is the password the one it was made with?)", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot open the key store " + file + ": " + reason(e), e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificateChain(alias) != null) {
                    return store;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the key store " + file + ": " + reason(e), e);
        }
        throw new IOException("the key store " + file + " holds no private key with a certificate (make one with "
                + "keytool -genkeypair -storetype PKCS12 ...)");
    }

    /** A server-side context from a loaded key store (its key's password is the store's, as keytool makes them). */
    public static SSLContext serverContext(KeyStore keys, char[] password) throws GeneralSecurityException {
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    /** The certificates of a key store's private keys (the first of each chain: the server's own). */
    public static List<X509Certificate> ownCertificates(KeyStore keys) throws GeneralSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (String alias : Collections.list(keys.aliases())) {
            Certificate[] chain = keys.isKeyEntry(alias) ? keys.getCertificateChain(alias) : null;
            if (chain != null && chain.length > 0 && chain[0] instanceof X509Certificate certificate) {
                certificates.add(certificate);
            }
        }
        return certificates;
    }

    /**
     * A client context that trusts the certificates of a trust store (PKCS12 or JKS, with {@code password}) or of a
     * certificate file (PEM or DER, {@code password} null), with the usual checks (chain, validity, host name).
     */
    public static SSLContext clientContext(Path trustFile, char[] password) throws IOException {
        if (!Files.isRegularFile(trustFile)) {
            throw new IOException("no trust store " + trustFile);
        }
        KeyStore trusted;
        try {
            trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            Collection<? extends Certificate> certificates = password == null ? readCertificates(trustFile) : List.of();
            if (certificates.isEmpty()) {
                KeyStore store = KeyStore.getInstance(trustFile.toFile(), password);
                int i = 0;
                for (String alias : Collections.list(store.aliases())) {
                    Certificate certificate = store.getCertificate(alias);
                    if (certificate != null) {
                        trusted.setCertificateEntry("trusted-" + i++, certificate);
                    }
                }
            } else {
                int i = 0;
                for (Certificate certificate : certificates) {
                    trusted.setCertificateEntry("trusted-" + i++, certificate);
                }
            }
            if (trusted.size() == 0) {
                throw new GeneralSecurityException("it holds no certificate");
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new IOException("cannot read the trust store " + trustFile + ": " + reason(e)
                    + " (a PEM or DER certificate, or a PKCS12/JKS store with --truststore-password-file)", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the trust store " + trustFile + ": " + reason(e), e);
        }
    }

    private static Collection<? extends Certificate> readCertificates(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (CertificateException e) {
            return List.of(); // not a certificate file: a key store then
        }
    }

    /**
     * A client context that trusts exactly these certificates (byte for byte) and nothing else, without a host-name
     * check: for a process talking to itself over loopback (the server's in-process workers), where the address is
     * not the name the certificate was made for.
     */
    public static SSLContext pinnedContext(List<X509Certificate> certificates) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[] {new Pinned(certificates)}, null);
        return context;
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** Trusts a server whose own certificate is one of the pinned ones. */
    private static final class Pinned extends X509ExtendedTrustManager {
        private final List<X509Certificate> pinned;

        Pinned(List<X509Certificate> pinned) {
            this.pinned = List.copyOf(pinned);
        }

        private void check(X509Certificate[] chain) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the server sent no certificate");
            }
            for (X509Certificate certificate : pinned) {
                if (Arrays.equals(certificate.getEncoded(), chain[0].getEncoded())) {
                    chain[0].checkValidity();
                    return;
                }
            }
            throw new CertificateException("the server's certificate is not the pinned one");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("not a server's trust manager");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("not a server's trust manager");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("not a server's trust manager");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return pinned.toArray(X509Certificate[]::new);
        }
    }
}
