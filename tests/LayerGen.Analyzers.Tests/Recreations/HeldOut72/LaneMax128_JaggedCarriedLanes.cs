// Idiom: Vector128 lane-wise running max per row of a jagged batch, lanes merged into a scalar peak, scalar exps.
// Use: policy head over a jagged batch of action scores.
// Layout: jagged float[batch][classes] in, same shape out.
// Bug (LG0001): the lane accumulator `peakLanes` is created once before the row loop and never reset, so the lane
// maxima carry every earlier row; only the scalar merge is reset per row. The max spans more than the row.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.LaneMax128_JaggedCarriedLanes;

public static class JaggedPolicy
{
    public static float[][] Probabilities(float[][] scores)
    {
        var result = new float[scores.Length][];
        Vector128<float> peakLanes = Vector128.Create(float.NegativeInfinity);
        for (int r = 0; r < scores.Length; r++)
        {
            ReadOnlySpan<float> logits = scores[r];
            ref float start = ref MemoryMarshal.GetReference(logits);
            int k = 0;
            while (k + Vector128<float>.Count <= logits.Length)
            {
                peakLanes = Vector128.Max(peakLanes, Vector128.LoadUnsafe(ref start, (nuint)k)); //~ LG0001
                k += Vector128<float>.Count;
            }

            float peak = MathF.Max(MathF.Max(peakLanes[0], peakLanes[1]), MathF.Max(peakLanes[2], peakLanes[3]));
            for (; k < logits.Length; k++)
            {
                if (logits[k] > peak)
                {
                    peak = logits[k];
                }
            }

            var p = new float[logits.Length];
            float z = 0f;
            for (int j = 0; j < p.Length; j++)
            {
                p[j] = MathF.Exp(logits[j] - peak);
                z += p[j];
            }

            for (int j = 0; j < p.Length; j++)
            {
                p[j] /= z;
            }

            result[r] = p;
        }

        return result;
    }
}
