// Idiom: multi-head attention weights ported from `w = x.reshape(-1, keys); w = np.exp(w - w.max(axis=1)[:, None])`:
// a `Mat` record over the flat buffer, `Reshape(rows, cols)` as a view, `MaxAxis1` into a per-row array, and helpers
// `ExpShifted(m, peaks)` / `SumAxis1` / `DivideRows` that each take the whole matrix and the per-row vector.
// Use: attention weights of a batch of heads.
// Layout: flat float[], shape (batch, heads, keys) viewed as (batch · heads, keys); one softmax per (sample, head).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.HeadsReshape_PerHeadMax;

public sealed record Mat(float[] Data, int Rows, int Cols)
{
    public Mat Reshape(int rows, int cols) =>
        rows * cols == Data.Length ? new Mat(Data, rows, cols) : throw new ArgumentException("size mismatch");
}

public static class MatOps
{
    public static float[] MaxAxis1(Mat m)
    {
        var peaks = new float[m.Rows];
        for (int r = 0; r < m.Rows; r++)
        {
            float best = float.NegativeInfinity;
            for (int c = 0; c < m.Cols; c++) best = MathF.Max(best, m.Data[r * m.Cols + c]);
            peaks[r] = best;
        }

        return peaks;
    }

    // np.exp(m - peaks[:, None])
    public static Mat ExpShifted(Mat m, float[] peaks)
    {
        var e = new float[m.Data.Length];
        for (int r = 0; r < m.Rows; r++)
            for (int c = 0; c < m.Cols; c++)
                e[r * m.Cols + c] = MathF.Exp(m.Data[r * m.Cols + c] - peaks[r]);
        return m with { Data = e };
    }

    public static float[] SumAxis1(Mat m)
    {
        var s = new float[m.Rows];
        for (int r = 0; r < m.Rows; r++)
            for (int c = 0; c < m.Cols; c++)
                s[r] += m.Data[r * m.Cols + c];
        return s;
    }

    public static Mat DivideRows(Mat m, float[] d)
    {
        var q = new float[m.Data.Length];
        for (int i = 0; i < q.Length; i++) q[i] = m.Data[i] / d[i / m.Cols];
        return m with { Data = q };
    }
}

public static class Attention
{
    public static float[] Weights(float[] scores, int batch, int heads, int keys)
    {
        Mat w = new Mat(scores, batch, heads * keys).Reshape(batch * heads, keys);
        float[] peaks = MatOps.MaxAxis1(w);
        Mat e = MatOps.ExpShifted(w, peaks);
        return MatOps.DivideRows(e, MatOps.SumAxis1(e)).Data;
    }
}
