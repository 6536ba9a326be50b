// Variant (our own code) of a flat-tensor softmax node: the softmax axis is the last dimension of a tensor stored as
// one flat List<float>, every `width` consecutive values one slice. One walk sums exp of the raw values and appends
// each slice's sum to a list at the slice's end (Insert at the list's end), a second walk divides each exp by its
// slice's listed sum, read back as sums[i / width].
// Bug: no max is subtracted before either exp (overflow above ~88 in float): LG0003 on both exp calls.
using System;
using System.Collections.Generic;

namespace Recreations.ListedSliceStats_FlatRawSums;

public static class FlatSoftmax
{
    public static List<float> Forward(List<float> flat, int width)
    {
        var sums = new List<float>();
        float running = 0f;
        for (int i = 0; i < flat.Count; i++)
        {
            running += MathF.Exp(flat[i]); //~ LG0003
            if (i % width == width - 1)
            {
                sums.Insert(sums.Count, running);
                running = 0f;
            }
        }

        var output = new List<float>(flat.Count);
        for (int i = 0; i < flat.Count; i++)
        {
            output.Add(MathF.Exp(flat[i]) / sums[i / width]); //~ LG0003
        }

        return output;
    }
}
