// Idiom: one-pass online softmax in Vector256 lanes: each lane keeps a running max and a running sum rescaled by
// Vector256.Exp(old - new) when its max grows; lanes merged at the end (S = Σ s_l · exp(m_l − M)); scalar tail.
// Use: streaming attention row kernel (one pass over the scores for the statistics).
// Layout: flat float[rows * n], row-major.
// Correct: lane state is created per row; every exp argument is <= 0.
// Our own code.
using System;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.OnlineLanes256_FlatRows;

public static class OnlineRows
{
    public static void Forward(float[] scores, float[] weights, int rows, int n)
    {
        ref float x0 = ref MemoryMarshal.GetArrayDataReference(scores);
        for (int r = 0; r < rows; r++)
        {
            int o = r * n;
            Vector256<float> m = Vector256.Create(float.NegativeInfinity);
            Vector256<float> s = Vector256<float>.Zero;
            int i = 0;
            for (; i + Vector256<float>.Count <= n; i += Vector256<float>.Count)
            {
                Vector256<float> v = Vector256.LoadUnsafe(ref x0, (nuint)(o + i));
                Vector256<float> next = Vector256.Max(m, v);
                s = s * Vector256.Exp(m - next) + Vector256.Exp(v - next);
                m = next;
            }

            float big = float.NegativeInfinity;
            for (int l = 0; l < Vector256<float>.Count; l++)
            {
                big = MathF.Max(big, m.GetElement(l));
            }

            for (int t = i; t < n; t++)
            {
                big = MathF.Max(big, scores[o + t]);
            }

            float total = Vector256.Sum(s * Vector256.Exp(m - Vector256.Create(big)));
            for (int t = i; t < n; t++)
            {
                total += MathF.Exp(scores[o + t] - big);
            }

            for (int t = 0; t < n; t++)
            {
                weights[o + t] = MathF.Exp(scores[o + t] - big) / total;
            }
        }
    }
}
