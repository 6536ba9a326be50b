// Idiom: point-cloud attention over k nearest neighbours (Point Transformer / PCT style local attention): each point's
// query attends over its neighbours' keys, weights softmax over the neighbours, output the weighted neighbour values.
// Layout: Vector3[] queries/keys/values, neighbour indices int[][] (jagged, one array per point); weights out float[][].
// A local function Score(j) computes the scaled dot product; the caller passes scale = 1/sqrt(d).
// Inspired by: Point Transformer / PCT local attention ports (read for style only; own code).
// Correct.
using System;
using System.Numerics;

namespace HeldOut61.PointAttention_NeighbourMax;

public static class LocalAttention
{
    public static Vector3[] Attend(Vector3[] queries, Vector3[] keys, Vector3[] values, int[][] neighbours, float scale, float[][] attn)
    {
        var output = new Vector3[queries.Length];
        for (int i = 0; i < queries.Length; i++)
        {
            int[] nb = neighbours[i];
            Vector3 q = queries[i];
            float Score(int j) => Vector3.Dot(q, keys[nb[j]]) * scale;

            float best = float.NegativeInfinity;
            for (int j = 0; j < nb.Length; j++)
            {
                best = Math.Max(best, Score(j));
            }

            var a = new float[nb.Length];
            float s = 0f;
            for (int j = 0; j < nb.Length; j++)
            {
                a[j] = MathF.Exp(Score(j) - best);
                s += a[j];
            }

            Vector3 o = Vector3.Zero;
            for (int j = 0; j < nb.Length; j++)
            {
                a[j] /= s;
                o += a[j] * values[nb[j]];
            }

            attn[i] = a;
            output[i] = o;
        }

        return output;
    }
}
