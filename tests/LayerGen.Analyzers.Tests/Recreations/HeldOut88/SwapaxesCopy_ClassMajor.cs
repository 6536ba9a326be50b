// Idiom: `np.swapaxes(z, 0, 1)` as a copying helper for jagged arrays: class-major scores are swapped to
// (batch, classes), the per-row maxima are computed first into an array `maxes` (`z.max(axis=1)`), then exps and sums
// per row, and the result is swapped back.
// Use: the output activation of a ported network whose layers keep activations class-major.
// Layout: jagged float[classes][batch] in and out; float[batch][classes] in between.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.SwapaxesCopy_ClassMajor;

public static class Axes
{
    public static float[][] Swapaxes(float[][] a)
    {
        int n0 = a.Length, n1 = a[0].Length;
        var t = new float[n1][];
        for (int j = 0; j < n1; j++)
        {
            t[j] = new float[n0];
            for (int i = 0; i < n0; i++) t[j][i] = a[i][j];
        }

        return t;
    }
}

public static class OutputActivation
{
    public static float[][] Softmax(float[][] classMajor)
    {
        float[][] rows = Axes.Swapaxes(classMajor);
        var maxes = new float[rows.Length];
        for (int b = 0; b < rows.Length; b++)
        {
            maxes[b] = float.NegativeInfinity;
            foreach (float v in rows[b]) maxes[b] = MathF.Max(maxes[b], v);
        }

        for (int b = 0; b < rows.Length; b++)
        {
            float[] r = rows[b];
            float sum = 0f;
            for (int c = 0; c < r.Length; c++)
            {
                r[c] = MathF.Exp(r[c] - maxes[b]);
                sum += r[c];
            }

            for (int c = 0; c < r.Length; c++) r[c] /= sum;
        }

        return Axes.Swapaxes(rows);
    }
}
