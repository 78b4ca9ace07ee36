package org.annotide.tests.support.openapi;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For tests whose code under test talks to team servers on its own (a client's {@code ServerConnection}, a
 * {@code TrainingWorker}): the HTTP clients to give it, which hold every answer and socket message it receives to the
 * OpenAPI document of the server it talks to ({@link CheckedHttpClient}), and what differed. A difference is thrown
 * where it is found, but on a thread of the code under test that may not fail the test (a mirror's sender catches what
 * goes wrong and tries again), so the test's fixture calls {@link #assertConforming()} when it closes.
 * <p>
 * Each server's document is fetched once, by its address, when first needed: a server restarted on the same port
 * with the same settings serves the same document, and a server that is away when an answer of it is checked
 * cannot serve it then.
 */
public final class ServedDocuments {

    private final HttpClient fetching = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, OpenApiCheck> documents = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    /**
     * A new HTTP client for talking to the server at {@code baseUrl} ({@code http(s)://HOST:PORT}), each answer and
     * socket message held to that server's document; one per connection, as the client makes its own.
     */
    public HttpClient client(String baseUrl) {
        return new CheckedHttpClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                () -> document(baseUrl), problems::add);
    }

    /** The document the server at {@code baseUrl} serves, fetched once. */
    public OpenApiCheck document(String baseUrl) throws IOException, InterruptedException {
        OpenApiCheck known = documents.get(baseUrl);
        if (known == null) {
            known = OpenApiCheck.of(fetching, baseUrl);
            documents.putIfAbsent(baseUrl, known);
        }
        return known;
    }

    /** What the code under test received that differs from its server's document, so far. */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** Fails with every difference found so far (none: returns). */
    public void assertConforming() {
        List<String> found = problems();
        if (!found.isEmpty()) {
            throw new AssertionError("what the server sent its clients differs from its OpenAPI document: " + found);
        }
    }
}
