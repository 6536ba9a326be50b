// Idiom: C# 14 null-conditional assignment: the probabilities are written through `into?[j] = ...` and the per-row summary
// through `summaries?[r].Peak = ...`, both optional outputs.
// Use: scoring service that may only want the summaries.
// Layout: flat double[batch * classes], row-major, offset o and row index r walked together.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut73.NullConditional_OptionalOutput;

public sealed class RowSummary
{
    public double Peak { get; set; }

    public double Mass { get; set; }
}

public static class Writer
{
    public static void Softmax(double[] x, int n, double[]? into, RowSummary[]? summaries)
    {
        for (int o = 0, r = 0; o < x.Length; o += n, r++)
        {
            double peak = double.NegativeInfinity;
            for (int j = o; j < o + n; j++)
            {
                if (x[j] > peak) peak = x[j];
            }

            double mass = 0;
            for (int j = o; j < o + n; j++) mass += Math.Exp(x[j] - peak);
            summaries?[r].Peak = peak;
            summaries?[r].Mass = mass;
            for (int j = o; j < o + n; j++) into?[j] = Math.Exp(x[j] - peak) / mass;
        }
    }
}
