// Idiom: exponential smooth-min of signed distance fields with material blending: per sample point, w_i = exp(-k (d_i - d_min)) / Σ, colour = Σ w_i c_i, smin = d_min - ln(Σ exp(-k (d_i - d_min))) / k
// Layout: List<float[]> distances per sample point, struct colours, nearest distance from a local function
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut35.SmoothMinBlend_PerSample
{
    public struct Rgb
    {
        public float R, G, B;

        public Rgb(float r, float g, float b)
        {
            R = r;
            G = g;
            B = b;
        }
    }

    public static class SdfBlend
    {
        public static float[][] Shade(List<float[]> distances, Rgb[] materials, float k, Rgb[] colour, float[] smoothDistance)
        {
            static float Nearest(float[] d)
            {
                float best = d[0];
                for (int i = 1; i < d.Length; i++)
                    if (d[i] < best) best = d[i];
                return best;
            }

            var weights = new float[distances.Count][];
            for (int p = 0; p < distances.Count; p++)
            {
                float[] d = distances[p];
                float dMin = Nearest(d);
                var w = new float[d.Length];
                float total = 0f;
                for (int i = 0; i < d.Length; i++)
                {
                    w[i] = MathF.Exp(-k * (d[i] - dMin));
                    total += w[i];
                }

                var c = new Rgb(0f, 0f, 0f);
                for (int i = 0; i < d.Length; i++)
                {
                    w[i] /= total;
                    c.R += w[i] * materials[i].R;
                    c.G += w[i] * materials[i].G;
                    c.B += w[i] * materials[i].B;
                }

                colour[p] = c;
                smoothDistance[p] = dMin - MathF.Log(total) / k;
                weights[p] = w;
            }

            return weights;
        }
    }
}
