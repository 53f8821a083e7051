package io.athena4j.local;

import java.util.Optional;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * Starts one local Athena on first use and remembers the outcome, a failure included: starting again after a
 * failure would make every test class wait out the startup timeout once more.
 */
final class SharedAthenaLocal
        implements AutoCloseable
{
    private final Supplier<AthenaLocal> starter;

    // guarded by this
    private Optional<AthenaLocal> athenaLocal = Optional.empty();
    private Optional<RuntimeException> startFailure = Optional.empty();
    private boolean closed;

    SharedAthenaLocal(Supplier<AthenaLocal> starter)
    {
        this.starter = requireNonNull(starter, "starter is null");
    }

    synchronized AthenaLocal get()
    {
        if (closed) {
            throw new IllegalStateException("The shared athena4j-local is closed: the test run is over");
        }
        if (athenaLocal.isPresent()) {
            return athenaLocal.get();
        }
        if (startFailure.isPresent()) {
            // A new exception per caller, with that caller's stack trace; the shared original is its cause.
            throw new AthenaLocalException("The shared athena4j-local failed to start earlier in this test run: " + startFailure.get().getMessage(), startFailure.get());
        }
        try {
            athenaLocal = Optional.of(starter.get());
            return athenaLocal.get();
        }
        catch (RuntimeException e) {
            startFailure = Optional.of(e);
            throw e;
        }
    }

    @Override
    public synchronized void close()
    {
        closed = true;
        athenaLocal.ifPresent(AthenaLocal::close);
    }
}
