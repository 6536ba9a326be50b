// Source: csk2q/Ai2-Genetic-Algorithm Softmax.cs:35 and :62 (re-created, not copied; that repository's file itself credits ML.NET's MathUtils)
// Layout: log Σ exp over a ReadOnlySpan<double>: the maximum and its index are found first, the maximum's own term
// is skipped (it is the 1 in log(1 + Σ)), terms below max − 30 are dropped; plus a two-argument log(exp x + exp y).
// Label: correct ×2 — every exponent is a difference to the maximum (≤ 0); ±∞ and a single input are handled.
using System;

namespace Recreations.Real52.Ai2GeneticLogSumExpWithCutoff;

public static class LogPartition
{
    private const double LogTolerance = 30;

    public static double SoftMax(ReadOnlySpan<double> inputs)
    {
        int maxIndex = 0;
        double max = double.NegativeInfinity;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (inputs[i] > max)
            {
                maxIndex = i;
                max = inputs[i];
            }
        }

        if (double.IsNegativeInfinity(max))
        {
            return double.NegativeInfinity;
        }

        if (inputs.Length == 1)
        {
            return max;
        }

        double intermediate = 0.0;
        double cutoff = max - LogTolerance;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (i == maxIndex)
            {
                continue;
            }

            if (inputs[i] > cutoff)
            {
                intermediate += Math.Exp(inputs[i] - max);
            }
        }

        return intermediate > 0.0 ? max + Math.Log(1.0 + intermediate) : max;
    }

    public static double SoftMax(double lx, double ly)
    {
        double max;
        double negativeDifference;
        if (lx > ly)
        {
            max = lx;
            negativeDifference = ly - lx;
        }
        else
        {
            max = ly;
            negativeDifference = lx - ly;
        }

        if (double.IsNegativeInfinity(max) || negativeDifference < -LogTolerance)
        {
            return max;
        }

        return max + Math.Log(1.0 + Math.Exp(negativeDifference));
    }
}
