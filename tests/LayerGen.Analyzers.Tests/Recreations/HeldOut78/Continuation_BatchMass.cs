// Idiom: a stats helper `RowStats(x, r, done)` reporting `(m, s)` through an `Action<float, float>` callback; the
// callback stores the row peak and adds the row sum to a captured `mass`.
// Use: batch of samples, one softmax per sample row.
// Layout: float[batch, classes], row-major.
// Bug LG0002: `mass += s` in the callback adds every row's shifted sum into one total, and every probability is divided
// by that batch-wide total; rows sum to far less than 1.
// Our own code.
using System;

namespace HeldOut78.Continuation_BatchMass;

public static class BatchCallback
{
    private static void RowStats(float[,] x, int r, Action<float, float> done)
    {
        float m = float.NegativeInfinity;
        for (int c = 0; c < x.GetLength(1); c++) m = MathF.Max(m, x[r, c]);
        float s = 0f;
        for (int c = 0; c < x.GetLength(1); c++) s += MathF.Exp(x[r, c] - m);
        done(m, s);
    }

    public static float[,] Softmax(float[,] x)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var peak = new float[batch];
        float mass = 0f;
        for (int r = 0; r < batch; r++)
        {
            int row = r;
            RowStats(x, row, (m, s) => { peak[row] = m; mass += s; }); //~ LG0002
        }
        var y = new float[batch, classes];
        for (int r = 0; r < batch; r++)
            for (int c = 0; c < classes; c++) y[r, c] = MathF.Exp(x[r, c] - peak[r]) / mass;
        return y;
    }
}
