// Idiom: a `ForEachRow(rows, cols, (r, off) => ...)` helper handing each callback its row offset.
// Use: softmax over each row of a flat row-major logits buffer.
// Layout: flat float[rows * cols], row-major, offset `off`.
// Correct: the max starts at the row's first element and the sum at 0 inside the callback.
// Our own code.
using System;

namespace HeldOut78.ForEachRowHelper_FlatOffsets;

public static class FlatOffsets
{
    private static void ForEachRow(int rows, int cols, Action<int, int> body)
    {
        for (int r = 0; r < rows; r++) body(r, r * cols);
    }

    public static float[] Softmax(float[] x, int cols)
    {
        var y = new float[x.Length];
        ForEachRow(x.Length / cols, cols, (_, off) =>
        {
            float max = x[off];
            for (int j = 1; j < cols; j++)
                if (x[off + j] > max) max = x[off + j];
            float sum = 0f;
            for (int j = 0; j < cols; j++) sum += y[off + j] = MathF.Exp(x[off + j] - max);
            for (int j = 0; j < cols; j++) y[off + j] /= sum;
        });
        return y;
    }
}
