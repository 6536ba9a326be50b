// Idiom: seeded `Aggregate` folds: `row.Aggregate(float.NegativeInfinity, MathF.Max)` per row, and
// `e.Aggregate(0f, (acc, row) => acc + row.Sum())` for the normaliser.
// Use: LINQ softmax of a jagged batch.
// Layout: jagged float[batch][classes].
// Bug (LG0002): the exps are shifted per row, but the normaliser folds every row of the batch; each row sums to
// its share of the batch.
// Our own code.
using System;
using System.Linq;

#nullable enable

namespace HeldOut82.AggregateSeed_BatchNormaliser;

public static class Seeded
{
    public static float[][] Softmax(float[][] x)
    {
        float[][] e = x.Select(row =>
        {
            float m = row.Aggregate(float.NegativeInfinity, MathF.Max);
            return row.Select(v => MathF.Exp(v - m)).ToArray();
        }).ToArray();
        float z = e.Aggregate(0f, (acc, row) => acc + row.Sum()); //~ LG0002
        return e.Select(row => row.Select(v => v / z).ToArray()).ToArray();
    }
}
