package org.annotide.server.tests;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An HTTP client that holds every answer it receives to the server's OpenAPI document ({@link OpenApiCheck}), for
 * code under test that talks to the server itself (a {@code TrainingWorker}: its claims, heartbeats, epochs, model
 * uploads and downloads). Bodies read as text or bytes are checked whole; a body written to a file is checked by its
 * status and content type, and by its JSON when it is JSON. What differs goes to {@code problems} and is thrown: the
 * code under test may catch the error, the fixture still fails the test with it when it closes.
 */
final class CheckedHttpClient extends HttpClient {

    /** The document, fetched when first needed (the server may have restarted since the client was made). */
    @FunctionalInterface
    interface Document {
        OpenApiCheck get() throws IOException, InterruptedException;
    }

    private final HttpClient client;
    private final Document document;
    private final Consumer<String> problems;

    CheckedHttpClient(HttpClient client, Document document, Consumer<String> problems) {
        this.client = client;
        this.document = document;
        this.problems = problems;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException,
            InterruptedException {
        return checked(client.send(request, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return client.sendAsync(request, handler).thenApply(this::checkedUnchecked);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushes) {
        return client.sendAsync(request, handler, pushes).thenApply(this::checkedUnchecked);
    }

    private <T> HttpResponse<T> checkedUnchecked(HttpResponse<T> response) {
        try {
            return checked(response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> HttpResponse<T> checked(HttpResponse<T> response) throws IOException, InterruptedException {
        HttpRequest request = response.request();
        String path = request.uri().getRawPath() + (request.uri().getRawQuery() == null ? ""
                : "?" + request.uri().getRawQuery());
        String type = response.headers().firstValue("Content-Type").orElse(null);
        byte[] body = switch (response.body()) {
            case null -> new byte[0];
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            case byte[] bytes -> bytes;
            case Path file -> type != null && type.contains("json") || Files.size(file) == 0 ? Files.readAllBytes(file)
                    : new byte[] {0}; // bytes the document gives a media type to: their size does not matter
            default -> throw new AssertionError("CheckedHttpClient cannot check a body of " + response.body().getClass());
        };
        List<String> found = document.get().problems(request.method(), path, response.statusCode(), type, body);
        if (!found.isEmpty()) {
            found.forEach(problems);
            throw new AssertionError("the answer differs from the OpenAPI document: " + found);
        }
        return response;
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return client.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return client.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return client.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return client.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return client.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return client.authenticator();
    }

    @Override
    public Version version() {
        return client.version();
    }

    @Override
    public Optional<Executor> executor() {
        return client.executor();
    }
}
