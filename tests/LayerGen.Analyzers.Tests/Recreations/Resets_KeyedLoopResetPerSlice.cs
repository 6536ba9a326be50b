// Correct twins (our own code): softmax along the middle axis of a flat [outer, axis, inner] tensor with keyed
// per-position buffers `peak[i]` and `total[i]` (one per inner position), folded over the axis for all inner
// positions at once. The buffers are reset at the top of each outer slice by a loop that writes every element the
// folds later key (`for (int i = 0; i < inner; i++) peak[i] = -inf;`, a count-down loop, a `while` loop, a loop to
// `peak.Length`, `Array.Clear`): each outer slice's folds start afresh, so every (outer, inner) fibre is shifted by
// its own maximum and divided by its own sum: no diagnostic.
// Source: the shape of Barracuda's reference CPU softmax and of ONNX-runtime-style C# ports that keep inner-sized
// scratch rows (max and sum per inner position) instead of looping the inner position outermost, written anew.
// Layout: float[] / double[] flat, [outer, axis, inner], the softmax axis strided by `inner`.
using System;

namespace Recreations.ResetsKeyedLoopResetPerSlice;

public static class KeyedScratchRows
{
    public static void ForLoopResets(float[] x, int outer, int axis, int inner, float[] y)
    {
        var peak = new float[inner];
        var total = new float[inner];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
                peak[i] = float.NegativeInfinity;
            for (int a = 0; a < axis; a++)
                for (int i = 0; i < inner; i++)
                    peak[i] = MathF.Max(peak[i], x[(o * axis + a) * inner + i]);

            for (int i = 0; i < inner; i++)
                total[i] = 0f;
            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * axis + a) * inner + i;
                    y[at] = MathF.Exp(x[at] - peak[i]);
                    total[i] += y[at];
                }
            }

            for (int a = 0; a < axis; a++)
                for (int i = 0; i < inner; i++)
                    y[(o * axis + a) * inner + i] /= total[i];
        }
    }

    public static void OtherLoopSpellings(double[] scores, int batch, int classes, int spatial, double[] probabilities, double[] best, double[] norm)
    {
        for (int b = 0; b < batch; b++)
        {
            for (int p = spatial - 1; p >= 0; p--)
            {
                best[p] = double.MinValue;
            }

            for (int c = 0; c < classes; c++)
            {
                for (int p = 0; p < spatial; p++)
                {
                    double v = scores[(b * classes + c) * spatial + p];
                    if (v > best[p])
                        best[p] = v;
                }
            }

            int k = 0;
            while (k < spatial)
            {
                norm[k] = 0.0;
                k++;
            }

            for (int c = 0; c < classes; c++)
            {
                for (int p = 0; p < spatial; p++)
                {
                    int at = (b * classes + c) * spatial + p;
                    probabilities[at] = Math.Exp(scores[at] - best[p]);
                    norm[p] += probabilities[at];
                }
            }

            for (int c = 0; c < classes; c++)
                for (int p = 0; p < spatial; p++)
                    probabilities[(b * classes + c) * spatial + p] /= norm[p];
        }
    }

    public static void LengthBoundAndClear(float[] x, int outer, int axis, int inner, float[] y)
    {
        var peak = new float[inner];
        var total = new float[inner];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < peak.Length; i++)
                peak[i] = x[o * axis * inner + i];
            for (int a = 1; a < axis; a++)
                for (int i = 0; i < inner; i++)
                    peak[i] = Math.Max(peak[i], x[(o * axis + a) * inner + i]);

            Array.Clear(total);
            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * axis + a) * inner + i;
                    y[at] = MathF.Exp(x[at] - peak[i]);
                    total[i] += y[at];
                }
            }

            for (int a = 0; a < axis; a++)
                for (int i = 0; i < inner; i++)
                    y[(o * axis + a) * inner + i] /= total[i];
        }
    }
}
