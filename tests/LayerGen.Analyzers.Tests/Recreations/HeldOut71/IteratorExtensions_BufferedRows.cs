// Idiom: a custom `Buffer<T>(this IEnumerable<T>, int size)` iterator extension (MoreLINQ-style batching) feeding a
// `yield return` pipeline; max by `Aggregate(float.NegativeInfinity, MathF.Max)`.
// Use: streaming softmax over a flat stream of logits, `classes` at a time.
// Layout: IEnumerable<float> flat row-major stream → IEnumerable<float>.
// Correct: each buffered array is one row; max and sum per buffer.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.IteratorExtensions_BufferedRows;

public static class StreamExtensions
{
    public static IEnumerable<T[]> Buffer<T>(this IEnumerable<T> source, int size)
    {
        var bucket = new List<T>(size);
        foreach (T item in source)
        {
            bucket.Add(item);
            if (bucket.Count == size)
            {
                yield return bucket.ToArray();
                bucket.Clear();
            }
        }
        if (bucket.Count > 0) yield return bucket.ToArray();
    }
}

public static class BufferedSoftmax
{
    public static IEnumerable<float> Stream(IEnumerable<float> logits, int classes)
    {
        foreach (float[] row in logits.Buffer(classes))
        {
            float m = row.Aggregate(float.NegativeInfinity, MathF.Max);
            float s = row.Sum(v => MathF.Exp(v - m));
            foreach (float v in row) yield return MathF.Exp(v - m) / s;
        }
    }
}
