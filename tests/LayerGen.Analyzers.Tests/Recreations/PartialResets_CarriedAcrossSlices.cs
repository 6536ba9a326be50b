// Bug variants: per-slice resets of the keyed max and sum of a strided softmax over [outer, axis, inner] that do not
// reset every element the folds key: a Fill of a span one element short, a reset loop over another row of a jagged
// accumulator than the one folded, a Clear of the sum's span from 1 (the max: LG0001; the sum: LG0002).
// Source: hand-written strided (ONNX/Barracuda-style axis) softmax kernels that keep per-inner accumulators; variants
// written for the localfn review (by construction), twins of PartialResets_WholeResets.
// Layout: float[] flat [outer, axis, inner], the softmax axis strided by `inner`.
using System;

namespace Recreations.PartialResetsCarriedAcrossSlices;

public static class PartialResetSoftmax
{
    public static void SpanOneShort(float[] x, int outer, int axis, int inner, float[] y)
    {
        var m = new float[inner];
        var total = new float[inner];
        for (int o = 0; o < outer; o++)
        {
            m.AsSpan(0, inner - 1).Fill(float.NegativeInfinity);
            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    m[i] = MathF.Max(m[i], x[(o * axis + a) * inner + i]); //~ LG0001
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

    public static void OtherJaggedRow(float[] x, int outer, int axis, int inner, float[] y)
    {
        var m = new float[2][];
        m[0] = new float[inner];
        m[1] = new float[inner];
        var total = new float[inner];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                m[0][i] = float.NegativeInfinity;
            }

            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    m[1][i] = MathF.Max(m[1][i], x[(o * axis + a) * inner + i]); //~ LG0001
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

    public static void SumSpanFromOne(float[] x, int outer, int axis, int inner, float[] y)
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

            total.AsSpan(1).Clear();
            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * axis + a) * inner + i;
                    y[at] = MathF.Exp(x[at] - m[i]);
                    total[i] += y[at]; //~ LG0002
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
