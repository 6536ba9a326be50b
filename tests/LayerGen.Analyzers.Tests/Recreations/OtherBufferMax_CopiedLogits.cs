// Variants (our own code) of OtherBufferMax_Shift.cs, its correct twins: the maximum is taken over another buffer
// that holds the same logits (a clone, a scratch copy written element by element, a row slice of the input), so it is
// the maximum of the exponentiated values.
// Layouts: float[] clone, double[] scratch copy, float[] rows through Span slices. Correct.
using System;
using System.Linq;

namespace Recreations.OtherBufferMax_CopiedLogits;

public static class CopiedLogits
{
    public static void Clone(float[] x, float[] p)
    {
        float[] copy = (float[])x.Clone();
        float m = copy.Max();
        float s = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            p[i] = MathF.Exp(x[i] - m);
            s += p[i];
        }

        for (int i = 0; i < x.Length; i++)
            p[i] /= s;
    }

    public static double[] ScratchCopy(double[] x)
    {
        var scratch = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
            scratch[i] = x[i];
        double m = double.NegativeInfinity;
        for (int i = 0; i < scratch.Length; i++)
            m = Math.Max(m, scratch[i]);
        var p = new double[x.Length];
        double s = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            p[i] = Math.Exp(x[i] - m);
            s += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= s;
        return p;
    }

    public static void SliceRows(float[] x, float[] y, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.AsSpan(r * cols, cols);
            float m = float.NegativeInfinity;
            foreach (float v in row)
                m = MathF.Max(m, v);
            float s = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - m);
                s += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] /= s;
        }
    }
}
