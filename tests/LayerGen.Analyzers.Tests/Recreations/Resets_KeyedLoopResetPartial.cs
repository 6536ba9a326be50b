// Buggy twins (our own code) of Resets_KeyedLoopResetPerSlice: the same keyed per-position buffers over a flat
// [outer, axis, inner] tensor, but the reset does not restart every element the folds key for each outer slice:
// a reset loop hoisted out of the outer loop (the buffers keep every earlier slice's values: a maximum and a sum over
// the whole batch), a reset loop one element short (the last inner position keeps folding across slices), and a
// reset loop stepping by two (every odd position carries). LG0001 on the max fold, LG0002 on the sum fold.
// Source: mutations of the correct twin (reset hoisted, loop bound off by one, wrong step), written anew.
// Layout: float[] flat, [outer, axis, inner], the softmax axis strided by `inner`.
using System;

namespace Recreations.ResetsKeyedLoopResetPartial;

public static class KeyedScratchRows
{
    public static void ResetHoistedOutOfTheOuterLoop(float[] x, int outer, int axis, int inner, float[] y)
    {
        var peak = new float[inner];
        var total = new float[inner];
        for (int i = 0; i < inner; i++)
        {
            peak[i] = float.NegativeInfinity;
            total[i] = 0f;
        }

        for (int o = 0; o < outer; o++)
        {
            for (int a = 0; a < axis; a++)
                for (int i = 0; i < inner; i++)
                    peak[i] = MathF.Max(peak[i], x[(o * axis + a) * inner + i]); //~ LG0001

            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * axis + a) * inner + i;
                    y[at] = MathF.Exp(x[at] - peak[i]);
                    total[i] += y[at]; //~ LG0002
                }
            }

            for (int a = 0; a < axis; a++)
                for (int i = 0; i < inner; i++)
                    y[(o * axis + a) * inner + i] /= total[i];
        }
    }

    public static void ResetOneShortOrEveryOther(float[] x, int outer, int axis, int inner, float[] y)
    {
        var peak = new float[inner];
        var total = new float[inner];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner - 1; i++)
                peak[i] = float.NegativeInfinity;
            for (int a = 0; a < axis; a++)
                for (int i = 0; i < inner; i++)
                    peak[i] = MathF.Max(peak[i], x[(o * axis + a) * inner + i]); //~ LG0001

            for (int i = 0; i < inner; i += 2)
                total[i] = 0f;
            for (int a = 0; a < axis; a++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int at = (o * axis + a) * inner + i;
                    y[at] = MathF.Exp(x[at] - peak[i]);
                    total[i] += y[at]; //~ LG0002
                }
            }

            for (int a = 0; a < axis; a++)
                for (int i = 0; i < inner; i++)
                    y[(o * axis + a) * inner + i] /= total[i];
        }
    }
}
