// Idiom: per-row maxima stored in an array by a switch on list patterns (`[var only]`, `[var a, var b]`, `var many`),
//        then an exp pass and per-row sums stored in a second array
// Use: three-pass batched softmax (stats first, then exps, then scale)
// Layout: IReadOnlyList<float[]> rows, softmax per row
// Correct: rowMax[r] and rowSum[r] are each row's own
// Our own code
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut86.StoredRowMaxima_SlicePatternPeaks;

public static class ThreePass
{
    public static float[][] Forward(IReadOnlyList<float[]> rows)
    {
        int n = rows.Count;
        var rowMax = new float[n];
        for (int r = 0; r < n; r++)
        {
            rowMax[r] = rows[r] switch
            {
                [] => 0f,
                [var only] => only,
                [var a, var b] => MathF.Max(a, b),
                var many => many.Max(),
            };
        }

        var outRows = new float[n][];
        var rowSum = new float[n];
        for (int r = 0; r < n; r++)
        {
            float[] src = rows[r];
            var e = new float[src.Length];
            for (int k = 0; k < src.Length; k++)
            {
                e[k] = MathF.Exp(src[k] - rowMax[r]);
                rowSum[r] += e[k];
            }

            outRows[r] = e;
        }

        for (int r = 0; r < n; r++)
        {
            for (int k = 0; k < outRows[r].Length; k++)
            {
                outRows[r][k] /= rowSum[r];
            }
        }

        return outRows;
    }
}
