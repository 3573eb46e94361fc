package dev.scalesim.support;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium driven over the DevTools protocol (the JDK's WebSocket client and gson, no
 * WebDriver): opens a page, waits for its load event, and reports what a person's browser would
 * have shown: every image's load state, script exceptions, console and log errors, and every URL
 * the page requested. The browser listens on a loopback port only.
 *
 * <p>Without a browser the calling test is skipped, unless {@code SCALESIM_REQUIRE_BROWSER} is set
 * (CI sets it), which turns a missing browser into a failure.
 */
public final class Chromium implements AutoCloseable {
    private static final long TIMEOUT_S = 90;
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<JsonObject> events = Collections.synchronizedList(new ArrayList<>());

    /** What a page did while loading. */
    public record PageReport(List<Image> images, List<String> errors, List<String> requests, JsonElement value) {
    }

    /** One {@code <img>}: its URL, whether it finished loading, and its decoded width (0 = broken). */
    public record Image(String src, boolean complete, int naturalWidth) {
    }

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The browser binary: {@code SCALESIM_CHROMIUM}, else chromium or chrome on the PATH. */
    public static Optional<Path> find() {
        String explicit = System.getenv("SCALESIM_CHROMIUM");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts the browser, or skips the test (fails it when {@code SCALESIM_REQUIRE_BROWSER} is set).
     * Everything it writes goes under {@code scratch} (a test's temporary folder): its profile, and
     * its temporary files (TMPDIR), which it would otherwise leave in /tmp.
     */
    public static Chromium startOrSkip(Path scratch) throws Exception {
        Optional<Path> binary = find();
        String required = System.getenv("SCALESIM_REQUIRE_BROWSER");
        if (binary.isEmpty()) {
            if (required != null && !required.isBlank()) {
                throw new AssertionError("SCALESIM_REQUIRE_BROWSER is set but no chromium was found on the PATH "
                        + "(install Debian's chromium, or set SCALESIM_CHROMIUM)");
            }
            Assumptions.abort("no chromium on the PATH: browser test skipped (set SCALESIM_REQUIRE_BROWSER to fail)");
        }
        List<String> command = List.of(binary.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-breakpad", "--disable-crash-reporter",
                "--remote-allow-origins=*", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + scratch.resolve("profile").toAbsolutePath(),
                "about:blank");
        Path tmp = Files.createDirectories(scratch.resolve("tmp"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TMPDIR", tmp.toAbsolutePath().toString());
        Process process = builder.start();
        String url = awaitEndpoint(process);
        Listener listener = new Listener();
        WebSocket socket;
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), listener)
                    .get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
        Chromium chromium = new Chromium(process, socket);
        listener.owner = chromium;
        return chromium;
    }

    /** Reads the browser's stderr until it prints its DevTools address, then keeps draining it. */
    private static String awaitEndpoint(Process process) throws Exception {
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    } else if (!endpoint.isDone()) {
                        synchronized (log) {
                            log.append(line).append('\n');
                        }
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            synchronized (log) {
                endpoint.completeExceptionally(new IOException("chromium exited before listening:\n" + log));
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return endpoint.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /**
     * Opens {@code url} in a new tab, waits for its load event, then evaluates {@code expression}
     * (its JSON-serialisable result is returned as {@link PageReport#value()}).
     */
    public PageReport open(String url, String expression) throws Exception {
        return open(url, null, expression);
    }

    /**
     * As {@link #open(String, String)}, first evaluating {@code prepare} (null for none) after the
     * load event and awaiting it when it is a promise: what a reader does before the images are
     * looked at, such as opening sections and scrolling.
     */
    public PageReport open(String url, String prepare, String expression) throws Exception {
        String target = call(null, "Target.createTarget", obj("url", "about:blank")).get("targetId").getAsString();
        JsonObject attach = obj("targetId", target);
        attach.addProperty("flatten", true);
        String session = call(null, "Target.attachToTarget", attach).get("sessionId").getAsString();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            call(session, domain + ".enable", new JsonObject());
        }
        call(session, "Page.navigate", obj("url", url));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (!seen(session, "Page.loadEventFired")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("page did not finish loading within " + TIMEOUT_S + " s: " + url);
            }
            Thread.sleep(50);
        }
        if (prepare != null) {
            evaluate(session, prepare);
        }
        String images = "JSON.stringify(Array.from(document.images).map(i => ({src: i.currentSrc || i.src, "
                + "complete: i.complete, naturalWidth: i.naturalWidth})))";
        JsonArray list = JsonParser.parseString(evaluate(session, images).getAsString()).getAsJsonArray();
        List<Image> result = new ArrayList<>();
        for (JsonElement e : list) {
            JsonObject o = e.getAsJsonObject();
            result.add(new Image(o.get("src").getAsString(), o.get("complete").getAsBoolean(),
                    o.get("naturalWidth").getAsInt()));
        }
        JsonElement value = expression == null ? null : evaluate(session, expression);
        List<String> errors = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        synchronized (events) {
            for (JsonObject e : events) {
                if (!session.equals(str(e, "sessionId"))) {
                    continue;
                }
                JsonObject p = e.getAsJsonObject("params");
                switch (str(e, "method")) {
                    case "Runtime.exceptionThrown" -> errors.add("exception: " + p.getAsJsonObject("exceptionDetails"));
                    case "Runtime.consoleAPICalled" -> {
                        if ("error".equals(str(p, "type")) || "assert".equals(str(p, "type"))) {
                            errors.add("console." + str(p, "type") + ": " + p.get("args"));
                        }
                    }
                    case "Log.entryAdded" -> {
                        JsonObject entry = p.getAsJsonObject("entry");
                        if ("error".equals(str(entry, "level"))) {
                            errors.add("log: " + str(entry, "text") + " " + str(entry, "url"));
                        }
                    }
                    case "Network.requestWillBeSent" -> requests.add(str(p.getAsJsonObject("request"), "url"));
                    case "Network.loadingFailed" -> errors.add("loading failed: " + p);
                    default -> {
                    }
                }
            }
        }
        call(null, "Target.closeTarget", obj("targetId", target));
        return new PageReport(result, errors, requests, value);
    }

    private JsonElement evaluate(String session, String expression) throws Exception {
        JsonObject params = obj("expression", expression);
        params.addProperty("returnByValue", true);
        params.addProperty("awaitPromise", true);
        JsonObject r = call(session, "Runtime.evaluate", params);
        if (r.has("exceptionDetails")) {
            throw new AssertionError("evaluation failed: " + r.get("exceptionDetails"));
        }
        return r.getAsJsonObject("result").get("value");
    }

    private JsonObject call(String session, String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        if (session != null) {
            message.addProperty("sessionId", session);
        }
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        synchronized (socket) {
            socket.sendText(message.toString(), true).get(TIMEOUT_S, TimeUnit.SECONDS);
        }
        JsonObject r = reply.get(TIMEOUT_S, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IOException(method + " failed: " + r.get("error"));
        }
        return r.getAsJsonObject("result");
    }

    private void receive(String text) {
        JsonObject message = JsonParser.parseString(text).getAsJsonObject();
        if (message.has("id")) {
            CompletableFuture<JsonObject> reply = pending.remove(message.get("id").getAsInt());
            if (reply != null) {
                reply.complete(message);
            }
        } else {
            events.add(message);
        }
    }

    private boolean seen(String session, String method) {
        synchronized (events) {
            return events.stream().anyMatch(e -> session.equals(str(e, "sessionId")) && method.equals(str(e, "method")));
        }
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e == null || e.isJsonNull() ? "" : e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    private static JsonObject obj(String key, String value) {
        JsonObject o = new JsonObject();
        o.addProperty(key, value);
        return o;
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser is stopped below either way
        }
        // The whole tree, not just the browser process: its helpers (renderer, network and
        // crash handlers) outlive it briefly and write to the profile, which the caller deletes.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        try {
            for (ProcessHandle p : tree) {
                p.destroy();
            }
            for (ProcessHandle p : tree) {
                stop(p);
            }
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(ProcessHandle p) throws InterruptedException {
        try {
            p.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException ignored) {
                // nothing more to do: the caller's clean-up reports what is left
            }
        }
    }

    /** Collects text frames (a message may arrive in parts) and hands whole messages over. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                Chromium c = owner;
                if (c != null) {
                    c.receive(text);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
