// Idiom: a `params float[][]` convenience overload (`Softmax.Each(a, b, c)`) that returns one probability array per
// argument, written with LINQ per row: `row.Max()`, `Select(v => MathF.Exp(v - max))`, `Sum()`.
// Layout: `params float[][]` (jagged), one softmax per argument. Correct.
using System;
using System.Linq;

namespace HeldOut55.ParamsRows_PerRow;

public static class Softmax
{
    /// <summary>Returns the softmax of each argument row.</summary>
    public static float[][] Each(params float[][] rows)
    {
        return rows.Select(row =>
        {
            float max = row.Max();
            float[] e = row.Select(v => MathF.Exp(v - max)).ToArray();
            float sum = e.Sum();
            return e.Select(v => v / sum).ToArray();
        }).ToArray();
    }
}
