// Idiom: Result record (class) with static factories; per-row maxima computed into an array first, guarded early returns.
// Use: batch probability service returning Result<double[]>.
// Layout: flat double[batch * classes], row-major; rowMax[] holds one max per row.
// Bug (LG0002): after per-row shifts, one normaliser is summed over the whole flattened batch and every row is divided by it.
// Our own code.
using System;

namespace HeldOut90.ResultType_BatchTotal;

public sealed record Outcome<T>(bool Ok, T? Value, string Message)
{
    public static Outcome<T> Fail(string message) => new(false, default, message);

    public static Outcome<T> Done(T value) => new(true, value, string.Empty);
}

public static class BatchProbabilities
{
    public static Outcome<double[]> Compute(double[] flat, int classes)
    {
        if (flat is null || classes <= 0 || flat.Length % classes != 0)
        {
            return Outcome<double[]>.Fail("invalid shape");
        }

        int rows = flat.Length / classes;
        var rowMax = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int j = r * classes; j < (r + 1) * classes; j++)
            {
                if (flat[j] > m) m = flat[j];
            }

            rowMax[r] = m;
        }

        var output = new double[flat.Length];
        double normaliser = 0.0;
        for (int i = 0; i < flat.Length; i++)
        {
            output[i] = Math.Exp(flat[i] - rowMax[i / classes]);
            normaliser += output[i]; //~ LG0002
        }

        for (int i = 0; i < output.Length; i++)
        {
            output[i] /= normaliser;
        }

        return Outcome<double[]>.Done(output);
    }
}
