// Idiom: a streaming generic accumulator over `IEnumerable<T>` rows: the denominator grows as items arrive
// (`d += e`) with `T.Exp` from `IExponentialFunctions<T>`, and the numerators are buffered in a `List<T>`.
// Use: token probabilities as rows stream in. Layout: `IEnumerable<IEnumerable<T>>`, one inner sequence per row.
// Bug LG0003: no running peak at all: the stream exponentiates raw logits, which overflow above ~88 (float).
// Our own code.
using System.Collections.Generic;
using System.Numerics;

namespace HeldOut94.OnlineGeneric_RawStream;

public static class Stream
{
    public static IEnumerable<T[]> Probabilities<T>(IEnumerable<IEnumerable<T>> rows)
        where T : IFloatingPoint<T>, IExponentialFunctions<T>
    {
        foreach (IEnumerable<T> row in rows)
        {
            var buffered = new List<T>();
            T d = T.Zero;
            foreach (T logit in row)
            {
                T e = T.Exp(logit); //~ LG0003
                buffered.Add(e);
                d += e;
            }

            T[] p = buffered.ToArray();
            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= d;
            }

            yield return p;
        }
    }

    public static List<float[]> Collect(IEnumerable<IEnumerable<float>> rows) => new(Probabilities(rows));
}
