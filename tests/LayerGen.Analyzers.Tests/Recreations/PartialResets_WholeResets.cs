// Correct twins of PartialResets_CarriedAcrossSlices: the same strided softmax kernels, each keyed max and sum reset
// over its whole range per outer slice (a span of the whole length, a reset loop over the folded row, a whole Clear).
// Source: hand-written strided (ONNX/Barracuda-style axis) softmax kernels that keep per-inner accumulators; written
// for the localfn review (by construction).
// Layout: float[] flat [outer, axis, inner], the softmax axis strided by `inner`.
using System;

namespace Recreations.PartialResetsWholeResets;

public static class WholeResetSoftmax
{
    public static void SpanWhole(float[] x, int outer, int axis, int inner, float[] y)
    {
        var m = new float[inner];
        var total = new float[inner];
        for (int o = 0; o < outer; o++)
        {
            m.AsSpan(0, inner).Fill(float.NegativeInfinity);
            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    m[i] = MathF.Max(m[i], x[(o * axis + a) * inner + i]);
                }
            }

            total.AsSpan().Clear();
            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * axis + a) * inner + i;
                    y[at] = MathF.Exp(x[at] - m[i]);
                    total[i] += y[at];
                }
            }

            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    y[(o * axis + a) * inner + i] /= total[i];
                }
            }
        }
    }

    public static void FoldedJaggedRow(float[] x, int outer, int axis, int inner, float[] y)
    {
        var m = new float[2][];
        m[0] = new float[inner];
        m[1] = new float[inner];
        var total = new float[inner];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                m[1][i] = float.NegativeInfinity;
            }

            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    m[1][i] = MathF.Max(m[1][i], x[(o * axis + a) * inner + i]);
                }
            }

            Array.Clear(total);
            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * axis + a) * inner + i;
                    y[at] = MathF.Exp(x[at] - m[1][i]);
                    total[i] += y[at];
                }
            }

            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    y[(o * axis + a) * inner + i] /= total[i];
                }
            }
        }
    }

    public static void SumSpanWhole(float[] x, int outer, int axis, int inner, float[] y)
    {
        var m = new float[inner];
        var total = new float[inner];
        for (int o = 0; o < outer; o++)
        {
            Array.Fill(m, float.NegativeInfinity);
            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    m[i] = MathF.Max(m[i], x[(o * axis + a) * inner + i]);
                }
            }

            total.AsSpan(0, inner).Clear();
            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * axis + a) * inner + i;
                    y[at] = MathF.Exp(x[at] - m[i]);
                    total[i] += y[at];
                }
            }

            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    y[(o * axis + a) * inner + i] /= total[i];
                }
            }
        }
    }
}
