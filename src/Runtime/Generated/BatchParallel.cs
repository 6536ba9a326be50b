using System.ComponentModel;
using System.Numerics;

namespace LayerGen.Generated;

/// <summary>
/// Splits a generated network's batch into one chunk of rows per thread (the layers are independent across rows).
/// Called by generated code; not meant for user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BatchParallel
{
    /// <summary>
    /// Runs <paramref name="rows"/>(start, count) on at most <paramref name="maxDegreeOfParallelism"/> chunks of the batch;
    /// on the calling thread, without allocating, when that is one chunk.
    /// </summary>
    /// <param name="batch">Rows in the batch.</param>
    /// <param name="maxDegreeOfParallelism">Maximum number of threads.</param>
    /// <param name="rows">Processes rows [start, start + count).</param>
    public static void For(int batch, int maxDegreeOfParallelism, Action<int, int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int chunks = Math.Min(maxDegreeOfParallelism, batch);
        if (chunks <= 1)
        {
            rows(0, batch);
            return;
        }

        ForChunks(batch, chunks, rows);
    }

    /// <summary>
    /// Back-propagates chunks of rows on several threads: the first chunk writes into <paramref name="gradients"/>, each
    /// other chunk into its own buffer of <paramref name="chunkGradients"/> (grown as needed), which are then added.
    /// </summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="batch">Rows in the batch.</param>
    /// <param name="maxDegreeOfParallelism">Maximum number of threads.</param>
    /// <param name="gradients">Receives the gradients of all parameters (overwritten).</param>
    /// <param name="chunkGradients">Per-chunk gradient buffers, kept between calls.</param>
    /// <param name="rows">Back-propagates rows [start, start + count), writing gradients into the given buffer.</param>
    public static void Backward<T>(int batch, int maxDegreeOfParallelism, T[] gradients, ref T[][] chunkGradients, BackwardRows<T> rows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(gradients);
        ArgumentNullException.ThrowIfNull(rows);
        int chunks = Math.Min(maxDegreeOfParallelism, batch);
        if (chunks <= 1)
        {
            rows(0, batch, gradients);
            return;
        }

        BackwardChunks(batch, chunks, gradients, ref chunkGradients, rows);
    }

    // The parallel paths live in their own methods: their lambdas' closures would otherwise be allocated on entry,
    // also by the single-threaded calls.
    private static void ForChunks(int batch, int chunks, Action<int, int> rows) =>
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, chunk =>
        {
            (int start, int count) = Chunk(batch, chunks, chunk);
            rows(start, count);
        });

    private static void BackwardChunks<T>(int batch, int chunks, T[] gradients, ref T[][] chunkGradients, BackwardRows<T> rows)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (chunkGradients.Length < chunks - 1)
        {
            T[][] grown = new T[chunks - 1][];
            for (int i = 0; i < grown.Length; i++)
            {
                grown[i] = i < chunkGradients.Length ? chunkGradients[i] : new T[gradients.Length];
            }

            chunkGradients = grown;
        }

        T[][] buffers = chunkGradients;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, chunk =>
        {
            (int start, int count) = Chunk(batch, chunks, chunk);
            rows(start, count, chunk == 0 ? gradients : buffers[chunk - 1]);
        });

        for (int chunk = 1; chunk < chunks; chunk++)
        {
            T[] partial = buffers[chunk - 1];
            for (int i = 0; i < gradients.Length; i++)
            {
                gradients[i] += partial[i];
            }
        }
    }

    /// <summary>Rows [start, start + count) of chunk <paramref name="chunk"/>: the batch split as evenly as possible.</summary>
    private static (int Start, int Count) Chunk(int batch, int chunks, int chunk)
    {
        int start = (int)((long)batch * chunk / chunks);
        int end = (int)((long)batch * (chunk + 1) / chunks);
        return (start, end - start);
    }
}

/// <summary>Back-propagates rows [start, start + count) of a generated network, writing parameter gradients into <paramref name="gradients"/>.</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <param name="start">First row.</param>
/// <param name="count">Number of rows.</param>
/// <param name="gradients">Receives the gradients of all parameters.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void BackwardRows<T>(int start, int count, Span<T> gradients);
