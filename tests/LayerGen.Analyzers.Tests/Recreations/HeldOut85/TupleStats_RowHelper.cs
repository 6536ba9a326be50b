// Idiom: a helper returning a named tuple `(double Max, double Sum)`, deconstructed at the call.
// Use: softmax over each row of a flat row-major logit buffer (dense layer output).
// Layout: flat double[], row-major [rows, width]; the helper gets one row as a ReadOnlySpan.
// Correct: the shifted exps live inside the helper, which only ever sees one row.
// Our own code.
#nullable enable
using System;

namespace HeldOut85.TupleStats_RowHelper;

public static class DenseSoftmax
{
    public static double[] Forward(double[] logits, int width)
    {
        var probs = new double[logits.Length];
        for (int r = 0; r * width < logits.Length; r++)
        {
            int start = r * width;
            var (max, sum) = Stats(logits.AsSpan(start, width));
            for (int j = 0; j < width; j++)
                probs[start + j] = Math.Exp(logits[start + j] - max) / sum;
        }

        return probs;
    }

    private static (double Max, double Sum) Stats(ReadOnlySpan<double> row)
    {
        double max = double.NegativeInfinity;
        foreach (double v in row)
            max = Math.Max(max, v);
        double sum = 0.0;
        foreach (double v in row)
            sum += Math.Exp(v - max);
        return (max, sum);
    }
}
