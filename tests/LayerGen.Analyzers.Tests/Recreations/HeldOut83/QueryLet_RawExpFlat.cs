// Idiom: LINQ query syntax over `Enumerable.Range` rows of a flat buffer, `let offset`, `let exps`, `let total`.
// Use: per-sample probabilities from a flat logits buffer handed over by an inference engine.
// Layout: flat float[batch * classes], row-major; the softmax runs over classes.
// Bug (LG0003): the inner query exponentiates the raw logits; no max is subtracted (overflow above ~88).
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut83.QueryLet_RawExpFlat;

public static class FlatQuery
{
    public static float[] Softmax(float[] x, int classes)
    {
        int batch = x.Length / classes;
        var probabilities =
            from r in Enumerable.Range(0, batch)
            let offset = r * classes
            let exps = (from j in Enumerable.Range(0, classes)
                        select MathF.Exp(x[offset + j])).ToArray() //~ LG0003
            let total = exps.Sum()
            from e in exps
            select e / total;
        return probabilities.ToArray();
    }
}
