// Idiom: a generic-math helper over jagged rows, `where T : IFloatingPointIeee754<T>`, with `T.Max`, `T.Exp` and
// `T.NegativeInfinity`; instantiated for float by a wrapper.
// Use: attention weights for a batch of queries. Layout: jagged `T[][]`, one array per query.
// Bug LG0001: the peak is folded once over every row of the batch before the row loop, so a row far below the batch
// peak underflows to 0/0.
// Our own code.
using System.Numerics;

namespace HeldOut94.GenericJagged_BatchPeak;

public static class JaggedSoftmax
{
    public static T[][] Normalize<T>(T[][] scores)
        where T : IFloatingPointIeee754<T>
    {
        T peak = T.NegativeInfinity;
        foreach (T[] query in scores)
        {
            foreach (T s in query)
            {
                peak = T.Max(peak, s); //~ LG0001
            }
        }

        var weights = new T[scores.Length][];
        for (int q = 0; q < scores.Length; q++)
        {
            T[] query = scores[q];
            var w = new T[query.Length];
            T norm = T.Zero;
            for (int k = 0; k < query.Length; k++)
            {
                w[k] = T.Exp(query[k] - peak);
                norm += w[k];
            }

            for (int k = 0; k < w.Length; k++)
            {
                w[k] /= norm;
            }

            weights[q] = w;
        }

        return weights;
    }

    public static float[][] NormalizeSingle(float[][] scores) => Normalize(scores);
}
