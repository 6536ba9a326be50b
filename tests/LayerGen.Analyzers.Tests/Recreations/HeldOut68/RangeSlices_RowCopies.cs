// Idiom: ranges: each row is copied out with `x[(r * classes)..((r + 1) * classes)]`, its max by `row.Max()`, the sum
// by `foreach`. Inspired by C# ranges/indices tutorials (array slicing `a[start..end]`); our own code.
// Use: per-sample class probabilities. Layout: flat float[batch * classes], row-major; MathF.Exp.
// Correct.
using System;
using System.Linq;

namespace HeldOut68.RangeSlices_RowCopies;

public static class RangeSoftmax
{
    public static float[] Softmax(float[] x, int classes)
    {
        int batch = x.Length / classes;
        var y = new float[x.Length];
        for (int r = 0; r < batch; r++)
        {
            float[] row = x[(r * classes)..((r + 1) * classes)];
            float max = row.Max();
            float sum = 0f;
            foreach (float v in row) sum += MathF.Exp(v - max);
            for (int j = 0; j < classes; j++)
                y[r * classes + j] = MathF.Exp(row[j] - max) / sum;
        }

        return y;
    }
}
