// Idiom: each row copied into a reused scratch array with Array.Copy, normalised by a helper, written back with CopyTo.
// Use: softmax over a flat batch where the row helper only accepts a whole float[] (legacy API).
// Layout: flat row-major float[batch * classes] in, float[] of the same shape out.
// Label: Correct (the helper is given one row and shifts by that row's max).
// Our own code.
#nullable enable
using System;

namespace HeldOut80.ArrayCopy_ScratchRow;

public static class CopiedRows
{
    public static float[] Softmax(float[] x, int classes)
    {
        var y = new float[x.Length];
        var row = new float[classes];
        for (int r = 0; r < x.Length / classes; r++)
        {
            Array.Copy(x, r * classes, row, 0, classes);
            SoftmaxRow(row);
            row.CopyTo(y, r * classes);
        }

        return y;
    }

    private static void SoftmaxRow(float[] row)
    {
        float max = float.NegativeInfinity;
        foreach (float v in row)
        {
            max = Math.Max(max, v);
        }

        float sum = 0f;
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = MathF.Exp(row[i] - max);
            sum += row[i];
        }

        for (int i = 0; i < row.Length; i++)
        {
            row[i] /= sum;
        }
    }
}
