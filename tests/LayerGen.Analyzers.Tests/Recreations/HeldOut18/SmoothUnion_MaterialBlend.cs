// Source: exponential smooth minimum for signed-distance-field modelling (Inigo Quilez, "smooth minimum":
// smin(a, b, k) = -log(exp(-k a) + exp(-k b)) / k, generalised to N primitives, with the material colour blended
// by the same weights exp(-k d_i) / sum_j exp(-k d_j), as in ray-marching demos and hg_sdf-style libraries).
// Layout: `unsafe`: distances `float[]` [point * primitives + i] pinned with `fixed`, row pointers, the nearest
// distance folded with `Vector256.Min` over `Vector256.Load(row + i)` plus a scalar tail; `Vector3` albedo.
// Correct: the weights are shifted by each point's own nearest distance (the smallest d is the largest -k d), and
// the smooth distance is nearest - log(z) / k.
using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace HeldOut18.SmoothUnion_MaterialBlend;

public static class SmoothUnion
{
    public static unsafe void Blend(
        float[] distances,
        int primitives,
        float k,
        Vector3[] albedo,
        float[] weights,
        float[] smoothDistance,
        Vector3[] colour)
    {
        int points = distances.Length / primitives;
        int width = Vector256<float>.Count;
        fixed (float* d = distances, w = weights)
        {
            for (int p = 0; p < points; p++)
            {
                float* row = d + p * primitives;
                float* wr = w + p * primitives;

                int i = 0;
                Vector256<float> lanes = Vector256.Create(float.PositiveInfinity);
                for (; i + width <= primitives; i += width)
                {
                    lanes = Vector256.Min(lanes, Vector256.Load(row + i));
                }

                float nearest = float.PositiveInfinity;
                for (int lane = 0; lane < width; lane++)
                {
                    nearest = MathF.Min(nearest, lanes.GetElement(lane));
                }

                for (; i < primitives; i++)
                {
                    nearest = MathF.Min(nearest, row[i]);
                }

                float z = 0f;
                Vector3 c = Vector3.Zero;
                for (i = 0; i < primitives; i++)
                {
                    float e = MathF.Exp(-k * (row[i] - nearest));
                    wr[i] = e;
                    z += e;
                    c += e * albedo[i];
                }

                for (i = 0; i < primitives; i++)
                {
                    wr[i] /= z;
                }

                colour[p] = c / z;
                smoothDistance[p] = nearest - MathF.Log(z) / k;
            }
        }
    }
}
