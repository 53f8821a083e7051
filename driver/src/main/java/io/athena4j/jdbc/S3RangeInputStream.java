package io.athena4j.jdbc;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.Objects.requireNonNull;

/**
 * One S3 object read in order as a stream, fetched ahead of the reader as byte ranges in parallel: a fixed number of
 * ranged GETs run (or wait to be read) at once, so memory stays at {@code (rangesInFlight + 1) × rangeBytes} however
 * large the object. Every range is asked for with the object's ETag ({@code If-Match}), so an object replaced while
 * it is read fails (412) instead of mixing two versions.
 *
 * <p>{@link #close()}, from any thread, aborts the range requests in flight and ends the stream's threads. A failed
 * range surfaces on the reading thread as an {@link S3RangeException} carrying the SDK's exception.
 */
final class S3RangeInputStream
        extends InputStream
{
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final S3Client s3;
    private final S3Location location;
    private final long size;
    private final Optional<String> eTag;
    private final int rangeBytes;
    private final int rangesInFlight;
    private final ExecutorService executor;
    private final ReentrantLock lock = new ReentrantLock();
    // Guarded by lock: close() runs on other threads.
    private final Deque<RangeFetch> ahead = new ArrayDeque<>();
    private boolean closed;
    private long nextStart;
    private byte[] current = new byte[0];
    private int currentPosition;

    /**
     * @param eTag the object's ETag from HeadObject, sent as If-Match with every range; empty if the store gave none
     */
    S3RangeInputStream(S3Client s3, S3Location location, long size, Optional<String> eTag, int rangeBytes, int rangesInFlight)
    {
        this.s3 = requireNonNull(s3, "s3 is null");
        this.location = requireNonNull(location, "location is null");
        this.eTag = requireNonNull(eTag, "eTag is null");
        if (size < 0 || rangeBytes < 1 || rangesInFlight < 1) {
            throw new IllegalArgumentException("size, rangeBytes and rangesInFlight must be positive: " + size + ", " + rangeBytes + ", " + rangesInFlight);
        }
        this.size = size;
        this.rangeBytes = rangeBytes;
        this.rangesInFlight = rangesInFlight;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(rangesInFlight, rangesInFlight, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "athena4j-s3-range-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
        fillAhead();
    }

    @Override
    public int read()
            throws IOException
    {
        if (!ensureCurrent()) {
            return -1;
        }
        return current[currentPosition++] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length)
            throws IOException
    {
        if (length == 0) {
            return 0;
        }
        if (!ensureCurrent()) {
            return -1;
        }
        int count = Math.min(length, current.length - currentPosition);
        System.arraycopy(current, currentPosition, bytes, offset, count);
        currentPosition += count;
        return count;
    }

    /** Makes sure unread bytes are at hand, waiting for the next range if needed; false at the end of the object. */
    private boolean ensureCurrent()
            throws IOException
    {
        while (currentPosition == current.length) {
            RangeFetch next;
            lock.lock();
            try {
                if (closed) {
                    throw new IOException("The result file " + location + " is no longer read: its stream was closed");
                }
                next = ahead.pollFirst();
                fillAhead();
            }
            finally {
                lock.unlock();
            }
            if (next == null) {
                return false;
            }
            current = await(next);
            currentPosition = 0;
        }
        return true;
    }

    /** Starts range requests until the fixed number is in flight or the object is covered. Call holding the lock or from the constructor. */
    private void fillAhead()
    {
        while (ahead.size() < rangesInFlight && nextStart < size) {
            long start = nextStart;
            long end = Math.min(size, start + rangeBytes) - 1;
            nextStart = end + 1;
            RangeFetch fetch = new RangeFetch(start, end);
            fetch.future = executor.submit(() -> fetch.download());
            ahead.addLast(fetch);
        }
    }

    private byte[] await(RangeFetch fetch)
            throws IOException
    {
        try {
            return fetch.future.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            InterruptedIOException interrupted = new InterruptedIOException("Interrupted while reading " + location);
            interrupted.initCause(e);
            throw interrupted;
        }
        catch (CancellationException e) {
            throw new IOException("The result file " + location + " is no longer read: its stream was closed", e);
        }
        catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SdkException sdk) {
                throw new S3RangeException("GetObject " + location + " bytes " + fetch.start + "-" + fetch.end + " failed: " + sdk.getMessage(), sdk);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("GetObject " + location + " bytes " + fetch.start + "-" + fetch.end + " failed: " + cause, cause);
        }
    }

    /** Aborts the range requests in flight; the stream's threads end. Safe from any thread, more than once. */
    @Override
    public void close()
    {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            for (RangeFetch fetch : ahead) {
                fetch.abort();
            }
            ahead.clear();
            current = new byte[0];
            currentPosition = 0;
        }
        finally {
            lock.unlock();
        }
        executor.shutdownNow();
    }

    /** Whether the stream's threads have all ended (after {@link #close()}). */
    boolean isTerminated()
    {
        return executor.isTerminated();
    }

    /** A failed ranged GET, with the SDK's exception (status code, S3 error code) as its cause. */
    static final class S3RangeException
            extends IOException
    {
        S3RangeException(String message, SdkException cause)
        {
            super(message, cause);
        }

        SdkException sdkException()
        {
            return (SdkException) getCause();
        }
    }

    private final class RangeFetch
    {
        final long start;
        final long end;
        final AtomicReference<ResponseInputStream<GetObjectResponse>> body = new AtomicReference<>();
        volatile boolean aborted;
        volatile Future<byte[]> future;

        RangeFetch(long start, long end)
        {
            this.start = start;
            this.end = end;
        }

        byte[] download()
                throws IOException
        {
            GetObjectRequest request = GetObjectRequest.builder()
                    .bucket(location.bucket())
                    .key(location.key())
                    .range("bytes=" + start + "-" + end)
                    .ifMatch(eTag.orElse(null))
                    .build();
            try (ResponseInputStream<GetObjectResponse> response = s3.getObject(request)) {
                body.set(response);
                if (aborted) {
                    response.abort();
                    throw new IOException("Range " + start + "-" + end + " of " + location + " was aborted");
                }
                int expected = (int) (end - start + 1);
                byte[] bytes = response.readNBytes(expected);
                if (bytes.length != expected) {
                    throw new IOException("GetObject " + location + " bytes " + start + "-" + end + " returned " + bytes.length + " bytes, expected " + expected);
                }
                return bytes;
            }
        }

        void abort()
        {
            aborted = true;
            ResponseInputStream<GetObjectResponse> response = body.get();
            if (response != null) {
                response.abort();
            }
            Future<byte[]> pending = future;
            if (pending != null) {
                pending.cancel(true);
            }
        }
    }
}
