package org.annotide.tests.support.openapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
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
import javax.net.ssl.SSLSession;

/**
 * An HTTP client that holds every answer it receives to the server's OpenAPI document ({@link OpenApiCheck}), for
 * code under test that talks to the server itself (a {@code TrainingWorker}: its claims, heartbeats, epochs, model
 * uploads and downloads; a client's {@code ServerConnection}: its requests, downloads and WebSockets). Bodies read as
 * text or bytes are checked whole; a body written to a file or read as a stream is checked by its status and content
 * type, and by its JSON when it is JSON (a JSON stream is read here and handed on as the same bytes). The WebSockets
 * it opens hear each message through a {@link CheckedSocket}. What differs goes to {@code problems}; an answer is
 * also thrown: the code under test may catch the error, the fixture still fails the test with it when it closes.
 */
public final class CheckedHttpClient extends HttpClient {

    /** The document, fetched when first needed (the server may have restarted since the client was made). */
    @FunctionalInterface
    public interface Document {
        OpenApiCheck get() throws IOException, InterruptedException;
    }

    /** What a body stands for when its size does not matter to the check (bytes of a declared media type). */
    private static final byte[] ANY_BYTES = {0};

    private final HttpClient client;
    private final Document document;
    private final Consumer<String> problems;

    public CheckedHttpClient(HttpClient client, Document document, Consumer<String> problems) {
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
        boolean json = type != null && type.contains("json");
        HttpResponse<T> handedOn = response;
        byte[] body = switch (response.body()) {
            case null -> new byte[0];
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            case byte[] bytes -> bytes;
            case Path file -> json || Files.size(file) == 0 ? Files.readAllBytes(file)
                    : ANY_BYTES; // bytes the document gives a media type to: their size does not matter
            case InputStream stream when json -> {
                byte[] read;
                try (stream) {
                    read = stream.readAllBytes();
                }
                handedOn = withBody(response, new ByteArrayInputStream(read));
                yield read;
            }
            case InputStream stream -> response.statusCode() == 204 || response.statusCode() == 304
                    || response.headers().firstValueAsLong("Content-Length").orElse(-1) == 0
                    ? new byte[0] : ANY_BYTES; // left unread: the code under test streams it (a slide's bytes)
            default -> throw new AssertionError("CheckedHttpClient cannot check a body of " + response.body().getClass());
        };
        List<String> found = document.get().problems(request.method(), path, response.statusCode(), type, body);
        if (!found.isEmpty()) {
            found.forEach(problems);
            throw new AssertionError("the answer differs from the OpenAPI document: " + found);
        }
        return handedOn;
    }

    /** {@code response} with {@code body} (a stream read for the check, handed on as the same bytes). */
    @SuppressWarnings("unchecked")
    private static <T> HttpResponse<T> withBody(HttpResponse<T> response, InputStream body) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public HttpRequest request() {
                return response.request();
            }

            @Override
            public Optional<HttpResponse<T>> previousResponse() {
                return response.previousResponse();
            }

            @Override
            public HttpHeaders headers() {
                return response.headers();
            }

            @Override
            public T body() {
                return (T) body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return response.sslSession();
            }

            @Override
            public URI uri() {
                return response.uri();
            }

            @Override
            public Version version() {
                return response.version();
            }
        };
    }

    /**
     * A builder of WebSockets whose every text message is checked ({@link CheckedSocket}) before the listener the code
     * under test gave hears it. The document is fetched when the socket is built.
     */
    @Override
    public WebSocket.Builder newWebSocketBuilder() {
        WebSocket.Builder builder = client.newWebSocketBuilder();
        return new WebSocket.Builder() {
            @Override
            public WebSocket.Builder header(String name, String value) {
                builder.header(name, value);
                return this;
            }

            @Override
            public WebSocket.Builder connectTimeout(Duration timeout) {
                builder.connectTimeout(timeout);
                return this;
            }

            @Override
            public WebSocket.Builder subprotocols(String mostPreferred, String... lesserPreferred) {
                builder.subprotocols(mostPreferred, lesserPreferred);
                return this;
            }

            @Override
            public CompletableFuture<WebSocket> buildAsync(URI uri, WebSocket.Listener listener) {
                OpenApiCheck check;
                try {
                    check = document.get();
                } catch (IOException e) {
                    return CompletableFuture.failedFuture(e); // as a socket that cannot open: the server is away
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return CompletableFuture.failedFuture(e);
                }
                return builder.buildAsync(uri, new CheckedSocket(uri.getRawPath(), check, listener, problems));
            }
        };
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
