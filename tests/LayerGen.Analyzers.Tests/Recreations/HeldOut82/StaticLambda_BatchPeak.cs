// Idiom: a nested seeded `Aggregate` in a `static` lambda, the inner fold given the method group `MathF.Max`.
// Use: LINQ probabilities for a jagged batch.
// Layout: jagged float[batch][classes], one softmax per row, rows mapped with `Select`.
// Bug (LG0001): the peak is one fold over every row of the batch; a row 1000 below the top row underflows to NaN.
// Our own code.
using System;
using System.Linq;

#nullable enable

namespace HeldOut82.StaticLambda_BatchPeak;

public static class BatchProbabilities
{
    public static float[][] Probabilities(float[][] batch)
    {
        float peak = batch.Aggregate(float.NegativeInfinity, static (acc, row) => row.Aggregate(acc, MathF.Max)); //~ LG0001
        return batch.Select(row =>
        {
            float[] e = row.Select(v => MathF.Exp(v - peak)).ToArray();
            float z = e.Sum();
            return e.Select(v => v / z).ToArray();
        }).ToArray();
    }
}
