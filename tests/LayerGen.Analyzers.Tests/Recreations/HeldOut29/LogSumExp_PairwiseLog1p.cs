// Idiom: log-softmax and log-sum-exp in two forms: (1) max + log(Σ exp(x - max)) per row, giving log-probabilities;
// (2) a pairwise streaming log-sum-exp, lse = max(a, b) + log1p(exp(-|a - b|)), folded over the row, after which the
// probabilities are exp(x - lse) with no division. Use: classifier log-likelihoods and calibrated probabilities.
// Layout: (1) row-major float[rows, classes]; (2) flat double[] [rows * classes] with a row stride.
// Correct: every exponent is x minus the row's own max or own log-sum-exp (both ≥ every x of the row).
using System;

namespace LayerGen.Recreations.HeldOut29;

/// <summary>Numerically careful log-softmax and log-sum-exp normalisation.</summary>
public static class LogSumExpForms
{
    /// <summary>Writes log softmax(x[r, :]) into logProbabilities[r, :].</summary>
    public static void LogSoftmax(float[,] x, float[,] logProbabilities)
    {
        int rows = x.GetLength(0), classes = x.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < classes; c++) max = MathF.Max(max, x[r, c]);

            float sum = 0f;
            for (int c = 0; c < classes; c++) sum += MathF.Exp(x[r, c] - max);

            float lse = max + MathF.Log(sum);
            for (int c = 0; c < classes; c++) logProbabilities[r, c] = x[r, c] - lse;
        }
    }

    /// <summary>Writes softmax of each row of the flat <paramref name="x"/> as exp(x - lse), lse folded pairwise.</summary>
    public static void ProbabilitiesByPairwiseLse(double[] x, int rows, int classes, double[] probabilities)
    {
        for (int r = 0; r < rows; r++)
        {
            int o = r * classes;
            double lse = x[o];
            for (int c = 1; c < classes; c++)
            {
                lse = LogAddExp(lse, x[o + c]);
            }

            for (int c = 0; c < classes; c++)
            {
                probabilities[o + c] = Math.Exp(x[o + c] - lse);
            }
        }
    }

    /// <summary>log(exp(a) + exp(b)) without overflow: the larger term is factored out.</summary>
    private static double LogAddExp(double a, double b)
    {
        double hi = Math.Max(a, b);
        double lo = Math.Min(a, b);
        return hi + LogOnePlus(Math.Exp(lo - hi));
    }

    /// <summary>log1p: log(1 + v), accurate for small v (Goldberg's correction of the rounded 1 + v).</summary>
    private static double LogOnePlus(double v)
    {
        double u = 1.0 + v;
        return u == 1.0 ? v : Math.Log(u) * v / (u - 1.0);
    }
}
