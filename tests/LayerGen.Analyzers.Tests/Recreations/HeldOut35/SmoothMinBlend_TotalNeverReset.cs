// Idiom: exponential smooth-min material blending over SDF primitives, shading a row of sample points (a shader loop ported to C#)
// Layout: jagged float[point][primitive], scalar accumulators hoisted above the point loop
// Bug (LG0002): total is set to 0 once above the point loop (dMin is recomputed per point), so each point divides by the weights of every point shaded so far
using System;

namespace HeldOut35.SmoothMinBlend_TotalNeverReset
{
    public static class SdfBlend
    {
        public static float[][] BlendWeights(float[][] d, float k, float[] smoothDistance)
        {
            int n = d.Length;
            var w = new float[n][];
            float dMin;
            float total = 0f;
            for (int p = 0; p < n; p++)
            {
                int m = d[p].Length;
                w[p] = new float[m];
                dMin = float.PositiveInfinity;
                for (int i = 0; i < m; i++)
                    dMin = MathF.Min(dMin, d[p][i]);
                for (int i = 0; i < m; i++)
                {
                    w[p][i] = MathF.Exp(-k * (d[p][i] - dMin));
                    total += w[p][i]; //~ LG0002
                }

                for (int i = 0; i < m; i++)
                    w[p][i] /= total;
                smoothDistance[p] = dMin - MathF.Log(total) / k;
            }

            return w;
        }
    }
}
