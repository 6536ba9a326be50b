// known gap: a thread id decomposed as o = tid / inner, i = tid % inner in the axis walk hides the walk, so the inner-axis peak is not compared with it
// gap: -LG0004@26
// Idiom: [outer, axis, inner] strided softmax in two launches — a "peak" kernel with one thread per (outer, axis) pair,
// then a softmax kernel with one thread per (outer, inner) pair walking the axis with stride `inner`.
// Use: softmax over the channel axis of a flat activation tensor.
// Layout: flat float[outer * axis * inner], element (o, a, i) at (o * axis + a) * inner + i; peaks in float[outer * axis].
// Bug (LG0004): the peak kernel walks the inner axis (i = 0..inner) for each channel, while the softmax sums along the
// channel axis: max and sum run over different axes.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.StridedAxis_InnerStrideMax;

public static class ChannelSoftmax
{
    public static float[] Run(float[] t, int outer, int axis, int inner)
    {
        var peaks = new float[outer * axis];
        for (int tid = 0; tid < outer * axis; tid++)
        {
            int start = tid * inner;
            float best = t[start];
            for (int i = 1; i < inner; i++)
            {
                if (t[start + i] > best) best = t[start + i]; //~ LG0004
            }

            peaks[tid] = best;
        }

        var result = new float[t.Length];
        for (int tid = 0; tid < outer * inner; tid++)
        {
            int o = tid / inner, i = tid % inner;
            float norm = 0f;
            for (int a = 0; a < axis; a++)
            {
                int at = (o * axis + a) * inner + i;
                result[at] = float.Exp(t[at] - peaks[o * axis + a]);
                norm += result[at];
            }

            for (int a = 0; a < axis; a++)
            {
                result[(o * axis + a) * inner + i] /= norm;
            }
        }

        return result;
    }
}
