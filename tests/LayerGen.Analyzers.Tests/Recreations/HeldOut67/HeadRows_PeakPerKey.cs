// Idiom: per-head attention maps in a jagged rank-3 array, the author keeps a running peak per key position
// ("column max", as if the scores were stored key-major) and normalises every query row over the keys.
// Layout: float[][][] [heads][queries][keys]; the softmax slice is one query row (over keys).
// Bug LG0004: the max runs over the queries (per key column) while the sum runs over the keys of one query.
using System;

namespace HeldOut67.HeadRows_PeakPerKey;

public static class KeyPeaks
{
    public static float[][][] Softmax(float[][][] s)
    {
        var result = new float[s.Length][][];
        for (int hd = 0; hd < s.Length; hd++)
        {
            float[][] map = s[hd];
            int keys = map[0].Length;
            var peak = new float[keys];
            Array.Fill(peak, float.NegativeInfinity);
            foreach (float[] row in map)
            {
                for (int k = 0; k < keys; k++)
                {
                    peak[k] = Math.Max(peak[k], row[k]); //~ LG0004
                }
            }

            result[hd] = new float[map.Length][];
            for (int q = 0; q < map.Length; q++)
            {
                var p = new float[keys];
                float sum = 0f;
                for (int k = 0; k < keys; k++)
                {
                    p[k] = MathF.Exp(map[q][k] - peak[k]);
                    sum += p[k];
                }

                for (int k = 0; k < keys; k++)
                {
                    p[k] /= sum;
                }

                result[hd][q] = p;
            }
        }

        return result;
    }
}
