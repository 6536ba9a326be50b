// known gap: Row(x, r).Map(MathF.Exp), exp as a method group given to a Map extension on a row built by the helper Row(x, r), normalised by a Fold (Aggregate) sum, is not reported (the Fold sum is read since branch hof; the helper row used directly as the map's receiver still hides it: through a local it is found)
// gap: -LG0003@29
// Idiom: higher-order helpers: `Map(this float[], Func<float, float>)` given the method group `MathF.Exp`, `Fold` with a
// static lambda for the sum; rows extracted by an expression-bodied `Row(x, r)` over `Enumerable.Range`. Our own code.
// Use: per-sample class probabilities. Layout: row-major float[batch, classes], softmax per row.
// Bug LG0003: `Map(MathF.Exp)` exponentiates the raw logits, no max subtracted (float overflow above ~88).
using System;
using System.Linq;

namespace HeldOut68.HigherOrder_MapRawExp;

public static class FloatSequenceExtensions
{
    public static float[] Map(this float[] xs, Func<float, float> f) => Array.ConvertAll(xs, x => f(x));

    public static float Fold(this float[] xs, float seed, Func<float, float, float> f) => xs.Aggregate(seed, f);
}

public static class MappedSoftmax
{
    static float[] Row(float[,] x, int r) => Enumerable.Range(0, x.GetLength(1)).Select(j => x[r, j]).ToArray();

    public static float[,] Softmax(float[,] x)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        var y = new float[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            float[] e = Row(x, r).Map(MathF.Exp); //~ LG0003
            float sum = e.Fold(0f, static (a, b) => a + b);
            for (int j = 0; j < cols; j++) y[r, j] = e[j] / sum;
        }

        return y;
    }
}
