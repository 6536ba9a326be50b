// Idiom: `ref readonly` locals and `foreach (ref readonly double v in span)` over each row of a jagged batch.
// Use: streaming softmax over rows of a batch as they arrive.
// Layout: jagged double[batch][classes].
// Bug: LG0001 — the running peak is declared above the row loop and never reset: row r is shifted by the max of
// rows 0..r, not by its own.
// Our own code.
#nullable enable
using System;

namespace HeldOut69.RefReadonly_RunningPeak;

public static class StreamingRows
{
    public static double[][] Forward(double[][] rows)
    {
        var outRows = new double[rows.Length][];
        double runMax = double.NegativeInfinity;
        for (int r = 0; r < rows.Length; r++)
        {
            ref readonly double[] row = ref rows[r];
            foreach (ref readonly double v in row.AsSpan())
            {
                if (v > runMax) //~ LG0001
                    runMax = v;
            }

            var o = new double[row.Length];
            double acc = 0;
            for (int j = 0; j < row.Length; j++) acc += o[j] = Math.Exp(row[j] - runMax);
            for (int j = 0; j < o.Length; j++) o[j] /= acc;
            outRows[r] = o;
        }

        return outRows;
    }
}
