// Idiom: per-agent batch softmax through small static span helpers (row max, shifted exp with its sum, scale).
// Use: a batch of NPC brains evaluated together; one logit row per NPC.
// Layout: flat double[agents * actions], row-major, rows passed as ReadOnlySpan<double>/Span<double>.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut98.PerAgentBatch_RowHelpers;

public static class BatchedPolicy
{
    public static void Run(double[] logits, double[] probs, int agents, int actions)
    {
        for (int g = 0; g < agents; g++)
        {
            var row = new ReadOnlySpan<double>(logits, g * actions, actions);
            var dst = new Span<double>(probs, g * actions, actions);
            double m = RowMax(row);
            double s = ExpShifted(row, m, dst);
            Scale(dst, 1.0 / s);
        }
    }

    private static double RowMax(ReadOnlySpan<double> r)
    {
        double m = double.NegativeInfinity;
        for (int i = 0; i < r.Length; i++)
        {
            if (r[i] > m) m = r[i];
        }

        return m;
    }

    private static double ExpShifted(ReadOnlySpan<double> r, double m, Span<double> d)
    {
        double s = 0;
        for (int i = 0; i < r.Length; i++)
        {
            d[i] = Math.Exp(r[i] - m);
            s += d[i];
        }

        return s;
    }

    private static void Scale(Span<double> d, double k)
    {
        for (int i = 0; i < d.Length; i++) d[i] *= k;
    }
}
